using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.WerkSaam;

/// <summary>One item of a page, read: its message, and its id and <c>gewijzigdOp</c> when readable.</summary>
internal sealed record ParsedItem(SourceMessage Message, string? Id, DateTimeOffset? GewijzigdOp);

/// <summary>
/// Turns one item of a WerkSaam page into a <see cref="SourceRecord"/>, a <see cref="SourceTombstone"/>
/// (<c>{"id":…,"verwijderd":true}</c>) or a <see cref="SourceRejection"/>. Checks the format only
/// (fields present, dates and numbers parse); BSN, gemeente and code lists are the engine's.
/// </summary>
internal static partial class WerkSaamItemParser
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Parses item number <paramref name="index"/> (0-based) of the page at <paramref name="pageUrl"/>.</summary>
    public static ParsedItem Parse(string stream, JsonElement item, string pageUrl, int index)
    {
        var raw = item.GetRawText();
        if (item.ValueKind != JsonValueKind.Object)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{pageUrl} item #{index + 1}");
            return new(new SourceRejection(at, raw, ReasonCodes.MalformedRecord, $"Item #{index + 1} is not a JSON object."), null, null);
        }

        var id = Text(item, "id");
        var gemeente = Text(item, "gemeenteCode")?.ToUpperInvariant();
        if (id is null)
        {
            var at = string.Create(CultureInfo.InvariantCulture, $"{pageUrl} item #{index + 1}");
            return new(new SourceRejection(at, raw, ReasonCodes.MissingField, "Required field 'id' is missing or empty.", null, gemeente), null, null);
        }

        var location = $"{pageUrl} item {id}";
        SourceRejection Reject(string code, string message) => new(location, raw, code, message, id, gemeente);

        DateTimeOffset? gewijzigdOp = null;
        var gewijzigdText = Text(item, "gewijzigdOp");
        if (gewijzigdText is not null)
        {
            if (!DateTimeOffset.TryParse(gewijzigdText, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal, out var parsed))
            {
                return new(Reject(ReasonCodes.InvalidDate, $"Field 'gewijzigdOp' value '{ForMessage(gewijzigdText)}' is not an ISO-8601 timestamp."), id, null);
            }

            gewijzigdOp = parsed;
        }

        if (item.TryGetProperty("verwijderd", out var deleted) && deleted.ValueKind == JsonValueKind.True)
        {
            return new(new SourceTombstone(id, location), id, gewijzigdOp);
        }

        if (gewijzigdOp is null)
        {
            return new(Reject(ReasonCodes.MissingField, "Required field 'gewijzigdOp' is missing or empty."), id, null);
        }

        try
        {
            var reader = new ItemReader(item);
            var record = reader.Required("bsn") && reader.Required("gemeenteCode") ? Build(stream, reader, gemeente!) : null;
            return record is not null && reader.Problem is null
                ? new(new SourceRecord(id, location, raw, record), id, gewijzigdOp)
                : new(Reject(reader.Problem!.Value.Code, reader.Problem.Value.Message), id, gewijzigdOp);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException)
        {
            return new(Reject(ReasonCodes.MalformedRecord, $"The item could not be read: {ForMessage(ex.Message)}"), id, gewijzigdOp);
        }
    }

    private static PersonIngestRecord? Build(string stream, ItemReader r, string gemeente)
    {
        var person = new PersonRef(Text(r.Item, "bsn"));
        switch (stream)
        {
            case WerkSaamConnector.Intakes:
                {
                    var bredeIntake = r.Date("bredeIntakeDatum");
                    var toets = r.Date("leerbaarheidstoetsDatum");
                    var pip = r.Date("pipDagtekening");
                    var beeindigd = r.Date("pipBeeindigdOp");
                    return r.Problem is not null ? null : new IntakeRecord
                    {
                        Person = person,
                        GemeenteCode = gemeente,
                        BredeIntakeDatum = bredeIntake,
                        LeerbaarheidstoetsDatum = toets,
                        AdviesLeerroute = r.Code("adviesLeerroute"),
                        PipDagtekening = pip,
                        Leerroute = r.Code("leerroute"),
                        PipBeeindigdOp = beeindigd,
                        PipBeeindigdReden = r.Code("pipBeeindigdReden"),
                    };
                }

            case WerkSaamConnector.Uitkeringen:
                {
                    if (!r.Required("soort") || !r.Required("ingangsdatum"))
                    {
                        return null;
                    }

                    var ingang = r.Date("ingangsdatum");
                    var eind = r.Date("einddatum");
                    return r.Problem is not null ? null : new UitkeringRecord
                    {
                        Person = person,
                        GemeenteCode = gemeente,
                        Soort = r.Code("soort")!,
                        Ingangsdatum = ingang!.Value,
                        Einddatum = eind,
                        RedenUitstroom = r.Code("redenUitstroom"),
                    };
                }

            case WerkSaamConnector.Ontzorgtrajecten:
                {
                    if (!r.Required("startdatum") || !r.Required("geplandeEinddatum"))
                    {
                        return null;
                    }

                    var start = r.Date("startdatum");
                    var gepland = r.Date("geplandeEinddatum");
                    var verlengd = r.Date("verlengdTot");
                    var posten = r.Codes("posten");
                    return r.Problem is not null ? null : new OntzorgtrajectRecord
                    {
                        Person = person,
                        GemeenteCode = gemeente,
                        Startdatum = start!.Value,
                        GeplandeEinddatum = gepland!.Value,
                        VerlengdTot = verlengd,
                        Posten = posten,
                    };
                }

            case WerkSaamConnector.MapTrajecten:
                {
                    if (!r.Required("startdatum") || !r.Required("resultaat") || !r.Required("praktijkUren") || !r.Required("themasAfgerond"))
                    {
                        return null;
                    }

                    var start = r.Date("startdatum");
                    var uren = r.Number("praktijkUren");
                    var themas = r.Number("themasAfgerond");
                    var eindgesprek = r.Date("datumEindgesprek");
                    if (r.Problem is null && themas is { } t && (t != decimal.Truncate(t) || t < int.MinValue || t > int.MaxValue))
                    {
                        r.Fail(ReasonCodes.InvalidNumber, string.Create(CultureInfo.InvariantCulture, $"Field 'themasAfgerond' value '{t}' is not a whole number."));
                    }

                    return r.Problem is not null ? null : new MapTrajectRecord
                    {
                        Person = person,
                        GemeenteCode = gemeente,
                        Startdatum = start!.Value,
                        PraktijkUren = uren!.Value,
                        ThemasAfgerond = (int)themas!.Value,
                        DatumEindgesprek = eindgesprek,
                        Resultaat = r.Code("resultaat")!,
                    };
                }

            case WerkSaamConnector.Participatie:
                {
                    if (!r.Required("soort") || !r.Required("startdatum"))
                    {
                        return null;
                    }

                    var start = r.Date("startdatum");
                    var eind = r.Date("einddatum");
                    var uren = r.Number("urenPerWeek");
                    return r.Problem is not null ? null : new ParticipatieRecord
                    {
                        Person = person,
                        GemeenteCode = gemeente,
                        Soort = r.Code("soort")!,
                        Startdatum = start!.Value,
                        Einddatum = eind,
                        UrenPerWeek = uren,
                    };
                }

            default:
                throw new ArgumentOutOfRangeException(nameof(stream), stream, "Not a werksaam stream.");
        }
    }

    /// <summary>A string field, trimmed; null when absent, null or empty. Numbers are accepted as text.</summary>
    private static string? Text(JsonElement item, string field)
    {
        if (!item.TryGetProperty(field, out var value))
        {
            return null;
        }

        var text = value.ValueKind switch
        {
            JsonValueKind.String => value.GetString(),
            JsonValueKind.Number => value.GetRawText(),
            _ => null,
        };
        return string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }

    /// <summary>A value for a message with every nine-digit run masked: a BSN in a wrong field never leaks.</summary>
    internal static string ForMessage(string value) => NineDigits().Replace(value, "*********");

    [GeneratedRegex("(?<![0-9])[0-9]{9}(?![0-9])", RegexOptions.CultureInvariant)]
    private static partial Regex NineDigits();

    /// <summary>Reads fields of one item and remembers the first problem.</summary>
    private sealed class ItemReader(JsonElement item)
    {
        public JsonElement Item { get; } = item;

        public (string Code, string Message)? Problem { get; private set; }

        public void Fail(string code, string message) => Problem ??= (code, message);

        public bool Required(string field)
        {
            if (Problem is not null)
            {
                return false;
            }

            if (Item.TryGetProperty(field, out var value) && value.ValueKind is JsonValueKind.Array or JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False)
            {
                return true; // present; its type is checked where it is read
            }

            if (Text(Item, field) is null)
            {
                Fail(ReasonCodes.MissingField, $"Required field '{field}' is missing or empty.");
                return false;
            }

            return true;
        }

        /// <summary>A code as canonical CONSTANT_CASE (trimmed, upper case), or null.</summary>
        public string? Code(string field)
        {
            if (Item.TryGetProperty(field, out var value) && value.ValueKind is not (JsonValueKind.String or JsonValueKind.Null or JsonValueKind.Number))
            {
                Fail(ReasonCodes.MalformedRecord, $"Field '{field}' is not a text value.");
                return null;
            }

            return Text(Item, field)?.ToUpperInvariant();
        }

        public DateOnly? Date(string field)
        {
            if (!Item.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            var text = value.ValueKind == JsonValueKind.String ? value.GetString()?.Trim() : value.GetRawText();
            if (string.IsNullOrEmpty(text))
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.String
                && DateOnly.TryParseExact(text, DateFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Fail(ReasonCodes.InvalidDate, $"Field '{field}' value '{ForMessage(text)}' is not a date ({DateFormat}).");
            return null;
        }

        public decimal? Number(string field)
        {
            if (!Item.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return null;
            }

            if (value.ValueKind == JsonValueKind.Number && value.TryGetDecimal(out var number))
            {
                return number;
            }

            if (value.ValueKind == JsonValueKind.String
                && decimal.TryParse(value.GetString(), NumberStyles.Number, CultureInfo.InvariantCulture, out number))
            {
                return number;
            }

            Fail(ReasonCodes.InvalidNumber, $"Field '{field}' value '{ForMessage(value.GetRawText())}' is not a number.");
            return null;
        }

        /// <summary>A list of codes (CONSTANT_CASE); an absent or null list is empty.</summary>
        public IReadOnlyList<string> Codes(string field)
        {
            if (!Item.TryGetProperty(field, out var value) || value.ValueKind == JsonValueKind.Null)
            {
                return [];
            }

            if (value.ValueKind != JsonValueKind.Array || value.EnumerateArray().Any(e => e.ValueKind != JsonValueKind.String))
            {
                Fail(ReasonCodes.MalformedRecord, $"Field '{field}' is not a list of codes.");
                return [];
            }

            return [.. value.EnumerateArray().Select(e => e.GetString()!.Trim().ToUpperInvariant()).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)];
        }
    }
}
