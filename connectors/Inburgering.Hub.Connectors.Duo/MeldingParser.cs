using System.Globalization;
using System.Xml.Linq;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Text;

namespace Inburgering.Hub.Connectors.Duo;

/// <summary>
/// Turns one <c>&lt;melding&gt;</c> element into a <see cref="SourceRecord"/> with a
/// <see cref="DuoMeldingRecord"/>, or a <see cref="SourceRejection"/> naming the field and value.
/// Codes (doelgroep, wet, onderdeel, reden, …) are passed on as given: the engine checks them
/// against its code lists. Only an unknown <c>soort</c> is refused here, because it decides which
/// content the melding must carry. The BSN is never checked (elfproef) nor quoted here.
/// </summary>
internal static class MeldingParser
{
    public static readonly XNamespace Ns = "urn:duo:inburgering:meldingen:1";

    public static SourceMessage Parse(XElement melding, string fileName, int line, int position)
    {
        ArgumentNullException.ThrowIfNull(melding);
        var fields = new Fields(melding, $"{fileName}:line {line} pos {position}");
        return fields.Read();
    }

    private sealed class Fields(XElement melding, string location)
    {
        private readonly string? _id = Attribute(melding, "id");
        private readonly string? _gemeente = Text(melding, "gemeente");
        private SourceRejection? _rejection;

        public SourceMessage Read()
        {
            var id = _id;
            if (id is null)
            {
                return Reject(ReasonCodes.MissingField, "The melding has no id attribute.");
            }

            var soort = Attribute(melding, "soort");
            if (soort is null)
            {
                return Reject(ReasonCodes.MissingField, $"Melding {id} has no soort attribute.");
            }

            if (!DuoSoort.All.Contains(soort))
            {
                return Reject(
                    ReasonCodes.UnknownCode,
                    $"Melding {id}: soort '{soort}' is not a soort of the contract (expected one of {string.Join(", ", DuoSoort.All.Order(StringComparer.Ordinal))}).");
            }

            var datum = RequiredDate(melding, "datum", attribute: true, "melding");
            var bsn = Text(melding, "bsn");
            if (_rejection is null && bsn is null)
            {
                Fail(ReasonCodes.MissingField, $"Melding {id} has no bsn.");
            }

            if (_rejection is null && _gemeente is null)
            {
                Fail(ReasonCodes.MissingField, $"Melding {id} has no gemeente.");
            }

            if (_rejection is not null)
            {
                return _rejection;
            }

            var record = new DuoMeldingRecord
            {
                Person = new PersonRef(bsn, Text(melding, "vNummer")),
                GemeenteCode = _gemeente!,
                Soort = soort,
                Datum = datum!.Value,
                CorrectieVan = Attribute(melding, "correctieVan"),
            };
            record = soort switch
            {
                DuoSoort.InburgeringsplichtGestart => record with
                {
                    Doelgroep = RequiredText("doelgroep", soort),
                    Wet = RequiredText("wet", soort),
                    Geboortejaar = Geboortejaar(soort),
                },
                DuoSoort.TermijnVastgesteld => Termijn(record, soort),
                DuoSoort.TermijnVerlengd => Verlenging(record, soort),
                DuoSoort.Examenuitslag => record with { Examen = Examen(soort) },
                DuoSoort.Ontheffing or DuoSoort.Vrijstelling or DuoSoort.PlichtBeeindigd => record with { Reden = RequiredText("reden", soort) },
                DuoSoort.Boete => record with { BoeteBedrag = Bedrag(soort) },
                DuoSoort.Verhuisd => record with { NaarGemeenteCode = RequiredText("naarGemeente", soort) },
                _ => record, // VOLDAAN carries nothing else
            };

            return (SourceMessage?)_rejection ?? new SourceRecord(id, location, melding.ToString(SaveOptions.DisableFormatting), record);
        }

        private DuoMeldingRecord Termijn(DuoMeldingRecord record, string soort)
        {
            var termijn = RequiredChild("termijn", soort);
            return termijn is null
                ? record
                : record with
                {
                    TermijnAanvang = RequiredDate(termijn, "aanvang", attribute: true, "termijn"),
                    TermijnEinde = RequiredDate(termijn, "einde", attribute: true, "termijn"),
                };
        }

        private DuoMeldingRecord Verlenging(DuoMeldingRecord record, string soort)
        {
            var verlenging = RequiredChild("verlenging", soort);
            return verlenging is null
                ? record
                : record with
                {
                    VerlengingWeken = RequiredInt(verlenging, "weken", "verlenging"),
                    NieuweEinde = RequiredDate(verlenging, "nieuweEinde", attribute: true, "verlenging"),
                    Grond = Attribute(verlenging, "grond"),
                };
        }

        private ExamenUitslag? Examen(string soort)
        {
            var examen = RequiredChild("examen", soort);
            if (examen is null)
            {
                return null;
            }

            var onderdeel = RequiredAttribute(examen, "onderdeel", "examen");
            var niveau = RequiredAttribute(examen, "niveau", "examen");
            var resultaat = RequiredAttribute(examen, "resultaat", "examen");
            var cijfer = OptionalDecimal(examen, "cijfer", "examen");
            var examendatum = RequiredDate(examen, "examendatum", attribute: true, "examen");
            return _rejection is null ? new ExamenUitslag(onderdeel!, niveau!, resultaat!, cijfer, examendatum!.Value) : null;
        }

        private int? Geboortejaar(string soort)
        {
            var text = RequiredText("geboortejaar", soort);
            if (text is null)
            {
                return null;
            }

            if (text.Length == 4 && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var jaar))
            {
                return jaar;
            }

            Fail(ReasonCodes.InvalidNumber, $"Melding {_id}: geboortejaar '{text}' is not a year (yyyy).");
            return null;
        }

        private decimal? Bedrag(string soort)
        {
            var boete = RequiredChild("boete", soort);
            if (boete is null)
            {
                return null;
            }

            if (RequiredAttribute(boete, "bedrag", "boete") is null)
            {
                return null;
            }

            return OptionalDecimal(boete, "bedrag", "boete");
        }

        private XElement? RequiredChild(string name, string soort)
        {
            var child = melding.Element(Ns + name);
            if (child is null)
            {
                Fail(ReasonCodes.MissingField, $"Melding {_id} of soort {soort} has no {name} element.");
            }

            return child;
        }

        private string? RequiredText(string name, string soort)
        {
            var value = Text(melding, name);
            if (value is null)
            {
                Fail(ReasonCodes.MissingField, $"Melding {_id} of soort {soort} has no {name}.");
            }

            return value;
        }

        private string? RequiredAttribute(XElement element, string name, string owner)
        {
            var value = Attribute(element, name);
            if (value is null)
            {
                Fail(ReasonCodes.MissingField, $"Melding {_id}: {owner} has no {name}.");
            }

            return value;
        }

        private DateOnly? RequiredDate(XElement element, string name, bool attribute, string owner)
        {
            var text = attribute ? Attribute(element, name) : Text(element, name);
            if (text is null)
            {
                Fail(ReasonCodes.MissingField, $"Melding {_id}: {owner} has no {name}.");
                return null;
            }

            if (DateOnly.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            {
                return date;
            }

            Fail(ReasonCodes.InvalidDate, $"Melding {_id}: {owner} {name} '{text}' is not a date (yyyy-MM-dd).");
            return null;
        }

        private int? RequiredInt(XElement element, string name, string owner)
        {
            var text = RequiredAttribute(element, name, owner);
            if (text is null)
            {
                return null;
            }

            if (int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Fail(ReasonCodes.InvalidNumber, $"Melding {_id}: {owner} {name} '{text}' is not a whole number.");
            return null;
        }

        private decimal? OptionalDecimal(XElement element, string name, string owner)
        {
            var text = Attribute(element, name);
            if (text is null)
            {
                return null;
            }

            if (decimal.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            {
                return value;
            }

            Fail(ReasonCodes.InvalidNumber, $"Melding {_id}: {owner} {name} '{text}' is not a decimal number with '.' as separator.");
            return null;
        }

        private void Fail(string reasonCode, string message) => _rejection ??= Reject(reasonCode, message);

        private SourceRejection Reject(string reasonCode, string message) =>
            new(location, melding.ToString(SaveOptions.DisableFormatting), reasonCode, IdentifierMask.Mask(message), _id, _gemeente);

        private static string? Attribute(XElement element, string name) => Clean(element.Attribute(name)?.Value);

        private static string? Text(XElement element, string name) => Clean(element.Element(Ns + name)?.Value);

        private static string? Clean(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
    }
}
