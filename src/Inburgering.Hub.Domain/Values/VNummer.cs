namespace Inburgering.Hub.Domain.Values;

/// <summary>IND/COA V-nummer: ten digits.</summary>
public static class VNummer
{
    /// <summary>True when <paramref name="value"/> is exactly ten ASCII digits.</summary>
    public static bool IsWellFormed(ReadOnlySpan<char> value)
    {
        if (value.Length != 10)
        {
            return false;
        }

        foreach (var c in value)
        {
            if (!char.IsAsciiDigit(c))
            {
                return false;
            }
        }

        return true;
    }
}
