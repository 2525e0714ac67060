namespace Inburgering.Hub.Connectors.Coa.Tests;

/// <summary>Builds koppelingen data rows from a good row with some fields replaced.</summary>
internal static class KoppelingRow
{
    public const string Bsn = "123456782";

    private static readonly string[] Columns = TestInbox.KoppelingHeader.Split(';');

    private static readonly string[] GoodValues =
        ["K-1", Bsn, "1234567890", "GM0405", "02-01-2023", "14-02-2023", "2023-H1", "G-1201", "HOOFDPERSOON", "1994", "SYR", "N", "AFGEROND", "GEHUISVEST"];

    public static string Good(string id) => With(id);

    public static string With(string id, params (string Column, string Value)[] changes)
    {
        var values = (string[])GoodValues.Clone();
        values[0] = id;
        foreach (var (column, value) in changes)
        {
            values[Array.IndexOf(Columns, column)] = value;
        }

        return string.Join(';', values);
    }
}
