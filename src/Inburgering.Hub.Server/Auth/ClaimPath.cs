using System.Security.Claims;
using System.Text;
using System.Text.Json;

namespace Inburgering.Hub.Server.Auth;

/// <summary>
/// A claim name, or a JSON path into a claim whose value is a JSON object: <c>roles</c>,
/// <c>realm_access.roles</c>, <c>resource_access.inburgering-hub.roles</c>,
/// <c>resource_access["hub.example.nl"].roles</c> (brackets for names that hold a dot). A claim whose type
/// is the whole path (a URI claim type with dots) is read directly.
/// </summary>
internal sealed class ClaimPath
{
    private readonly string _text;
    private readonly IReadOnlyList<string> _segments;

    private ClaimPath(string text, IReadOnlyList<string> segments)
    {
        _text = text;
        _segments = segments;
    }

    public override string ToString() => _text;

    /// <summary>Parses <paramref name="text"/>; returns null and the path, or the reason it is not a path.</summary>
    public static string? TryParse(string? text, out ClaimPath? path)
    {
        path = null;
        if (string.IsNullOrWhiteSpace(text))
        {
            return "empty";
        }

        var segments = new List<string>();
        var current = new StringBuilder();
        var i = 0;
        var s = text.Trim();
        while (i < s.Length)
        {
            var c = s[i];
            if (c == '.')
            {
                if (current.Length == 0 && (segments.Count == 0 || s[i - 1] != ']'))
                {
                    return "an empty segment";
                }

                if (current.Length > 0)
                {
                    segments.Add(current.ToString());
                    current.Clear();
                }

                i++;
            }
            else if (c == '[')
            {
                if (i + 1 >= s.Length || (s[i + 1] != '"' && s[i + 1] != '\''))
                {
                    return "a bracket must hold a quoted name, e.g. [\"hub.example.nl\"]";
                }

                var quote = s[i + 1];
                var end = s.IndexOf(quote, i + 2);
                if (end < 0 || end + 1 >= s.Length || s[end + 1] != ']')
                {
                    return "an unclosed bracket";
                }

                if (current.Length > 0)
                {
                    segments.Add(current.ToString());
                    current.Clear();
                }

                segments.Add(s[(i + 2)..end]);
                i = end + 2;
            }
            else
            {
                current.Append(c);
                i++;
            }
        }

        if (current.Length > 0)
        {
            segments.Add(current.ToString());
        }
        else if (s.EndsWith('.'))
        {
            return "an empty segment";
        }

        if (segments.Count == 0 || segments.Any(string.IsNullOrWhiteSpace))
        {
            return "an empty segment";
        }

        path = new ClaimPath(s, segments);
        return null;
    }

    public static ClaimPath Parse(string text) =>
        TryParse(text, out var path) is { } error ? throw new InvalidOperationException($"'{text}' is not a claim path: {error}.") : path!;

    /// <summary>
    /// The string values at this path in <paramref name="user"/>'s claims: each string, each string of a
    /// JSON array, numbers and booleans as text; objects and nulls are skipped.
    /// </summary>
    public IEnumerable<string> Read(ClaimsPrincipal user)
    {
        var direct = user.FindAll(_text).ToList();
        if (direct.Count > 0 || _segments.Count == 1)
        {
            return direct.SelectMany(Leaves);
        }

        return user.FindAll(_segments[0]).SelectMany(claim => Navigate(claim.Value));
    }

    private static IEnumerable<string> Leaves(Claim claim)
    {
        if (claim.Value.StartsWith('[') && TryParseJson(claim.Value) is { ValueKind: JsonValueKind.Array } array)
        {
            return Strings(array);
        }

        return [claim.Value];
    }

    private IEnumerable<string> Navigate(string json)
    {
        if (TryParseJson(json) is not { } node)
        {
            return [];
        }

        foreach (var name in _segments.Skip(1))
        {
            if (node.ValueKind != JsonValueKind.Object || !node.TryGetProperty(name, out var next))
            {
                return [];
            }

            node = next;
        }

        return Strings(node);
    }

    private static IEnumerable<string> Strings(JsonElement node) => node.ValueKind switch
    {
        JsonValueKind.String => [node.GetString()!],
        JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => [node.GetRawText()],
        JsonValueKind.Array => [.. node.EnumerateArray().SelectMany(Strings)],
        _ => [],
    };

    private static JsonElement? TryParseJson(string text)
    {
        try
        {
            using var document = JsonDocument.Parse(text);
            return document.RootElement.Clone();
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
