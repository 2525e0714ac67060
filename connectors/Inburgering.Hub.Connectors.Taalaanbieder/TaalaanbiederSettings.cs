using System.Globalization;
using System.Text;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Taalaanbieder;

/// <summary>
/// The taalaanbieder connector's settings, read from the flat <see cref="ConnectorSettings"/>
/// (configuration <c>Hub:Connectors:taalaanbieder:Settings:*</c>):
/// <code>
/// InboxPath                                   folder with one subfolder per aanbieder
/// MoveProcessed                               true/false (default true): move applied files to &lt;folder&gt;/processed
/// Aanbieders:&lt;CODE&gt;:Folder                    subfolder (default: the code in lowercase)
/// Aanbieders:&lt;CODE&gt;:Delimiter                 ; , | or tab (default ;)
/// Aanbieders:&lt;CODE&gt;:Encoding                  utf-8 | utf-8-bom | windows-1252 (default utf-8)
/// Aanbieders:&lt;CODE&gt;:DateFormat                .NET exact format, e.g. dd-MM-yyyy (default yyyy-MM-dd)
/// Aanbieders:&lt;CODE&gt;:DecimalSeparator          , or . (default .)
/// Aanbieders:&lt;CODE&gt;:Columns:&lt;field&gt;          header name of a canonical field (see <see cref="VoortgangField"/>)
/// Aanbieders:&lt;CODE&gt;:Values:&lt;field&gt;:&lt;value&gt;  canonical value of an aanbieder value, e.g. Values:status:Lopend = LOPEND
/// </code>
/// A field with a <c>Values</c> table accepts only the listed values (anything else is UNKNOWN_CODE);
/// a field without one passes codes through in uppercase (booleans: true/false).
/// </summary>
internal sealed record TaalaanbiederSettings(string InboxPath, bool MoveProcessed, IReadOnlyList<AanbiederMapping> Aanbieders)
{
    public const string InboxPathKey = "InboxPath";
    public const string MoveProcessedKey = "MoveProcessed";
    public const string AanbiedersPrefix = "Aanbieders";

    public const string Utf8 = "utf-8";
    public const string Utf8Bom = "utf-8-bom";
    public const string Windows1252 = "windows-1252";

    private static readonly string[] Options = ["Folder", "Delimiter", "Encoding", "DateFormat", "DecimalSeparator"];

    /// <summary>Reads and checks the settings; throws <see cref="ConnectorSettingsException"/> naming the bad key.</summary>
    public static TaalaanbiederSettings From(ConnectorSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);

        var inbox = settings.Require(InboxPathKey);
        var moveText = settings.Get(MoveProcessedKey, "true")!;
        if (!bool.TryParse(moveText, out var move))
        {
            throw new ConnectorSettingsException($"Setting '{MoveProcessedKey}' must be 'true' or 'false', not '{moveText}'.");
        }

        var byCode = new SortedDictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (key, value) in settings.Values)
        {
            var parts = key.Split(':', 3);
            if (parts.Length < 3 || !parts[0].Equals(AanbiedersPrefix, StringComparison.OrdinalIgnoreCase) || value is null)
            {
                continue;
            }

            var code = parts[1].Trim().ToUpperInvariant();
            if (!byCode.TryGetValue(code, out var entries))
            {
                entries = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                byCode[code] = entries;
            }

            entries[parts[2]] = value;
        }

        if (byCode.Count == 0)
        {
            throw new ConnectorSettingsException(
                $"No aanbieder is configured: add settings '{AanbiedersPrefix}:<CODE>:Columns:<field>' (see the manifest).");
        }

        return new TaalaanbiederSettings(inbox, move, [.. byCode.Select(a => Mapping(a.Key, a.Value))]);
    }

    private static AanbiederMapping Mapping(string code, Dictionary<string, string> entries)
    {
        string Key(string rest) => $"{AanbiedersPrefix}:{code}:{rest}";

        var columns = new Dictionary<string, string>(StringComparer.Ordinal);
        var values = new Dictionary<string, Dictionary<string, string>>(StringComparer.Ordinal);
        foreach (var (rest, value) in entries)
        {
            var parts = rest.Split(':', 3);
            if (parts.Length == 1)
            {
                if (!Options.Contains(parts[0], StringComparer.OrdinalIgnoreCase))
                {
                    throw new ConnectorSettingsException(
                        $"Setting '{Key(rest)}' is not known; an aanbieder has {string.Join(", ", Options)}, Columns:<field> and Values:<field>:<value>.");
                }

                continue;
            }

            var field = Field(parts[1], Key(rest));
            if (parts[0].Equals("Columns", StringComparison.OrdinalIgnoreCase) && parts.Length == 2)
            {
                if (!string.IsNullOrWhiteSpace(value))
                {
                    columns[field] = value.Trim();
                }
            }
            else if (parts[0].Equals("Values", StringComparison.OrdinalIgnoreCase) && parts.Length == 3)
            {
                if (!values.TryGetValue(field, out var table))
                {
                    table = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
                    values[field] = table;
                }

                var canonical = value.Trim();
                if (field == VoortgangField.KnmAfgerond && !bool.TryParse(canonical, out _))
                {
                    throw new ConnectorSettingsException($"Setting '{Key(rest)}' must be 'true' or 'false', not '{canonical}'.");
                }

                table[parts[2].Trim()] = field == VoortgangField.KnmAfgerond ? canonical.ToLowerInvariant() : canonical.ToUpperInvariant();
            }
            else
            {
                throw new ConnectorSettingsException(
                    $"Setting '{Key(rest)}' is not known; expected Columns:<field> or Values:<field>:<value>.");
            }
        }

        var missing = VoortgangField.Required.Where(f => !columns.ContainsKey(f)).ToList();
        if (missing.Count > 0)
        {
            throw new ConnectorSettingsException(
                $"Aanbieder '{code}' maps no column for {string.Join(", ", missing)}: set '{Key("Columns:<field>")}' for each.");
        }

        var duplicate = columns.GroupBy(c => c.Value, StringComparer.OrdinalIgnoreCase).FirstOrDefault(g => g.Count() > 1);
        if (duplicate is not null)
        {
            throw new ConnectorSettingsException(
                $"Aanbieder '{code}' maps column '{duplicate.Key}' to more than one field ({string.Join(", ", duplicate.Select(d => d.Key))}).");
        }

        var encodingName = (entries.GetValueOrDefault("Encoding") ?? Utf8).Trim().ToLowerInvariant();
        var dateFormat = entries.GetValueOrDefault("DateFormat")?.Trim() is { Length: > 0 } f ? f : "yyyy-MM-dd";
        return new AanbiederMapping
        {
            Code = code,
            Folder = entries.GetValueOrDefault("Folder")?.Trim() is { Length: > 0 } folder ? folder : code.ToLowerInvariant(),
            Delimiter = Delimiter(entries.GetValueOrDefault("Delimiter"), Key("Delimiter")),
            EncodingName = encodingName,
            Encoding = EncodingOf(encodingName, Key("Encoding")),
            DateFormat = CheckDateFormat(dateFormat, Key("DateFormat")),
            NumberFormat = NumberFormat(entries.GetValueOrDefault("DecimalSeparator"), Key("DecimalSeparator")),
            Columns = columns,
            Values = values.ToDictionary(v => v.Key, v => (IReadOnlyDictionary<string, string>)v.Value, StringComparer.Ordinal),
        };
    }

    private static string Field(string name, string key) =>
        VoortgangField.All.FirstOrDefault(f => f.Equals(name, StringComparison.OrdinalIgnoreCase))
        ?? throw new ConnectorSettingsException(
            $"Setting '{key}' names no canonical field; the fields are {string.Join(", ", VoortgangField.All)}.");

    private static char Delimiter(string? text, string key) =>
        text switch
        {
            null or "" => ';',
            _ when text.Equals("tab", StringComparison.OrdinalIgnoreCase) || text == "\\t" => '\t',
            { Length: 1 } when text[0] is not '"' and not '\r' and not '\n' => text[0],
            _ => throw new ConnectorSettingsException($"Setting '{key}' must be one character (or 'tab'), not '{text}'."),
        };

    private static Encoding EncodingOf(string name, string key)
    {
        switch (name)
        {
            case Utf8:
            case Utf8Bom:
                return new UTF8Encoding(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
            case Windows1252:
                Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
                return Encoding.GetEncoding(1252, EncoderFallback.ExceptionFallback, DecoderFallback.ExceptionFallback);
            default:
                throw new ConnectorSettingsException($"Setting '{key}' must be {Utf8}, {Utf8Bom} or {Windows1252}, not '{name}'.");
        }
    }

    private static string CheckDateFormat(string format, string key)
    {
        try
        {
            var sample = new DateOnly(2023, 6, 28).ToString(format, CultureInfo.InvariantCulture);
            if (DateOnly.TryParseExact(sample, format, CultureInfo.InvariantCulture, DateTimeStyles.None, out var back)
                && back == new DateOnly(2023, 6, 28))
            {
                return format;
            }
        }
        catch (FormatException)
        {
            // reported below
        }

        throw new ConnectorSettingsException($"Setting '{key}' value '{format}' is not a usable date format (e.g. dd-MM-yyyy).");
    }

    private static NumberFormatInfo NumberFormat(string? text, string key)
    {
        var separator = string.IsNullOrWhiteSpace(text) ? "." : text.Trim();
        if (separator is not "." and not ",")
        {
            throw new ConnectorSettingsException($"Setting '{key}' must be ',' or '.', not '{separator}'.");
        }

        return new NumberFormatInfo { NumberDecimalSeparator = separator, NumberGroupSeparator = separator == "," ? "." : ",", NegativeSign = "-" };
    }
}
