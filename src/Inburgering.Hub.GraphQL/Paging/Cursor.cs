using System.Globalization;
using System.Text;
using GraphQL;

namespace Inburgering.Hub.GraphQL.Paging;

/// <summary>Opaque keyset cursors: base64 of <c>id:&lt;last id&gt;</c>.</summary>
public static class Cursor
{
    public static string Encode(long id) =>
        Convert.ToBase64String(Encoding.UTF8.GetBytes("id:" + id.ToString(CultureInfo.InvariantCulture)));

    public static long Decode(string cursor)
    {
        try
        {
            var text = Encoding.UTF8.GetString(Convert.FromBase64String(cursor));
            if (text.StartsWith("id:", StringComparison.Ordinal)
                && long.TryParse(text.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                return id;
            }
        }
        catch (FormatException)
        {
        }

        throw new ExecutionError($"'{cursor}' is not a cursor of this connection.") { Code = "INVALID_CURSOR" };
    }
}
