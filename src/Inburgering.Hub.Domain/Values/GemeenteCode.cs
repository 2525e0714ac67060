namespace Inburgering.Hub.Domain.Values;

/// <summary>CBS gemeentecode in the form <c>GMnnnn</c>.</summary>
public static class GemeenteCode
{
    /// <summary>True when <paramref name="value"/> has the form GM followed by four digits.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> value) =>
        value.Length == 6 && value[0] == 'G' && value[1] == 'M'
        && char.IsAsciiDigit(value[2]) && char.IsAsciiDigit(value[3])
        && char.IsAsciiDigit(value[4]) && char.IsAsciiDigit(value[5]);
}
