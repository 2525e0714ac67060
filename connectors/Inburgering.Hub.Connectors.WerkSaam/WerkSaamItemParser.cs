using System.Globalization;
using System.Text.Json;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Fields;

namespace Inburgering.Hub.Connectors.WerkSaam;

/// <summary>One item of a page, read: its message, and its id and <c>gewijzigdOp</c> when readable.</summary>
internal sealed record ParsedItem(SourceMessage Message, string? Id, DateTimeOffset? GewijzigdOp);

/// <summary>
/// Turns one item of a WerkSaam page into a <see cref="SourceRecord"/>, a <see cref="SourceTombstone"/>
/// (<c>{"id":…,"verwijderd":true}</c>) or a <see cref="SourceRejection"/>. Checks the format only
/// (fields present, dates and numbers parse); BSN, gemeente and code lists are the engine's.
/// </summary>
internal static class WerkSaamItemParser
{
    private const string DateFormat = "yyyy-MM-dd";

    /// <summary>Parses item number <paramref name="index"/> (0-based) of the page at <paramref name="pageUrl"/>.</summary>
    public static ParsedItem Parse(string stream, JsonElement item, string pageUrl, int index)
    {
        var raw = item.GetRawText();
        var at = string.Create(CultureInfo.InvariantCulture, $"{pageUrl} item #{index + 1}");
        if (item.ValueKind != JsonValueKind.Object)
        {
            return new(new SourceRejection(at, raw, ReasonCodes.MalformedRecord, $"Item #{index + 1} is not a JSON object."), null, null);
        }

        var probe = new JsonFieldReader(item, at, raw);
        var id = probe.Text("id");
        var gemeente = probe.Text("gemeenteCode")?.ToUpperInvariant();
        if (id is null)
        {
            return new(new SourceRejection(at, raw, ReasonCodes.MissingField, "Required field 'id' is missing or empty.", null, gemeente), null, null);
        }

        var reader = new ItemReader(item, $"{pageUrl} item {id}", raw);
        SourceRejection Reject(string code, string message) => reader.Reject(code, message, id, gemeente);

        var gewijzigdOp = reader.Timestamp("gewijzigdOp");
        if (reader.Failed)
        {
            return new(reader.Rejection(id, gemeente), id, null);
        }

        if (reader.TryGetProperty("verwijderd", out var deleted) && deleted.ValueKind == JsonValueKind.True)
        {
            return new(new SourceTombstone(id, reader.Location), id, gewijzigdOp);
        }

        if (gewijzigdOp is null)
        {
            return new(Reject(ReasonCodes.MissingField, "Required field 'gewijzigdOp' is missing or empty."), id, null);
        }

        try
        {
            var record = reader.Has("bsn") && reader.Has("gemeenteCode") ? Build(stream, reader, gemeente!) : null;
            return record is not null && !reader.Failed
                ? new(new SourceRecord(id, reader.Location, raw, record), id, gewijzigdOp)
                : new(reader.Rejection(id, gemeente), id, gewijzigdOp);
        }
        catch (Exception ex) when (ex is InvalidOperationException or FormatException or OverflowException)
        {
            return new(Reject(ReasonCodes.MalformedRecord, $"The item could not be read: {ex.Message}"), id, gewijzigdOp);
        }
    }

    private static PersonIngestRecord? Build(string stream, ItemReader r, string gemeente)
    {
        var person = new PersonRef(r.Text("bsn"));
        switch (stream)
        {
            case WerkSaamConnector.Intakes:
                {
                    var bredeIntake = r.Date("bredeIntakeDatum");
                    var toets = r.Date("leerbaarheidstoetsDatum");
                    var pip = r.Date("pipDagtekening");
                    var beeindigd = r.Date("pipBeeindigdOp");
                    return r.Failed ? null : new IntakeRecord
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
                    if (!r.Has("soort") || !r.Has("ingangsdatum"))
                    {
                        return null;
                    }

                    var ingang = r.Date("ingangsdatum");
                    var eind = r.Date("einddatum");
                    return r.Failed ? null : new UitkeringRecord
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
                    if (!r.Has("startdatum") || !r.Has("geplandeEinddatum"))
                    {
                        return null;
                    }

                    var start = r.Date("startdatum");
                    var gepland = r.Date("geplandeEinddatum");
                    var verlengd = r.Date("verlengdTot");
                    var posten = r.Codes("posten");
                    return r.Failed ? null : new OntzorgtrajectRecord
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
                    if (!r.Has("startdatum") || !r.Has("resultaat") || !r.Has("praktijkUren") || !r.Has("themasAfgerond"))
                    {
                        return null;
                    }

                    var start = r.Date("startdatum");
                    var uren = r.Number("praktijkUren");
                    var themas = r.Number("themasAfgerond");
                    var eindgesprek = r.Date("datumEindgesprek");
                    if (!r.Failed && themas is { } t && (t != decimal.Truncate(t) || t < int.MinValue || t > int.MaxValue))
                    {
                        r.Fail(ReasonCodes.InvalidNumber, string.Create(CultureInfo.InvariantCulture, $"Field 'themasAfgerond' value '{t}' is not a whole number."));
                    }

                    return r.Failed ? null : new MapTrajectRecord
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
                    if (!r.Has("soort") || !r.Has("startdatum"))
                    {
                        return null;
                    }

                    var start = r.Date("startdatum");
                    var eind = r.Date("einddatum");
                    var uren = r.Number("urenPerWeek");
                    return r.Failed ? null : new ParticipatieRecord
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

    /// <summary>
    /// The SDK's <see cref="JsonFieldReader"/> with WerkSaam's rules: dates <c>yyyy-MM-dd</c> as strings,
    /// codes as text (a boolean, object or array is a malformed item), a required field that is a
    /// list, object or boolean counts as present (its type is checked where it is read).
    /// </summary>
    private sealed class ItemReader(JsonElement item, string location, string raw) : JsonFieldReader(item, location, raw)
    {
        /// <summary>Whether the required <paramref name="field"/> is there; fails with MISSING_FIELD when not. False once a field failed.</summary>
        public bool Has(string field)
        {
            if (Failed)
            {
                return false;
            }

            if (TryGetProperty(field, out var value) && value.ValueKind is JsonValueKind.Array or JsonValueKind.Object or JsonValueKind.True or JsonValueKind.False)
            {
                return true;
            }

            return Required(field) is not null;
        }

        /// <summary>A code as canonical CONSTANT_CASE (trimmed, upper case), or null.</summary>
        public string? Code(string field) => IsText(field) ? base.Code(field) : null;

        /// <summary>An optional <c>yyyy-MM-dd</c> date (a JSON string); fails with INVALID_DATE.</summary>
        public DateOnly? Date(string field)
        {
            if (TryGetProperty(field, out var value) && value.ValueKind is JsonValueKind.Object or JsonValueKind.Array)
            {
                FailValue(field, value.GetRawText(), ReasonCodes.InvalidDate, $"a date ({DateFormat})");
                return null;
            }

            return Date(field, DateFormat);
        }
    }
}
