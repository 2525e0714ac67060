using System.Text.Json;
using Inburgering.Hub.Connectors.Abstractions.Fields;

namespace Inburgering.Hub.Connectors.Abstractions.Tests;

public sealed class FieldReaderTests
{
    private static readonly DelimitedHeader Header = new(["id", " bsn ", "Datum", "uren", "actief", "soort"]);

    [Theory]
    [InlineData("7,5", null, 7.5)]
    [InlineData("7.5", null, 7.5)]
    [InlineData("-2", null, -2)]
    [InlineData("7,5", ',', 7.5)]
    [InlineData("1234.25", '.', 1234.25)]
    public void Decimals_take_either_separator_or_the_one_given(string text, char? separator, double expected)
    {
        var row = Row(uren: text);

        Assert.Equal((decimal)expected, row.Decimal("uren", separator));
        Assert.False(row.Failed);
    }

    [Theory]
    [InlineData("1.234,5", null, "Field 'uren' value '1.234,5' is not a number.")]
    [InlineData("7.5", ',', "Field 'uren' value '7.5' is not a number (decimal separator ',').")]
    [InlineData("acht", null, "Field 'uren' value 'acht' is not a number.")]
    public void A_decimal_that_does_not_parse_fails_with_INVALID_NUMBER(string text, char? separator, string message)
    {
        var row = Row(uren: text);

        Assert.Null(row.Decimal("uren", separator));
        Assert.Equal(ReasonCodes.InvalidNumber, row.FailureReason);
        Assert.Equal(message, row.FailureMessage);
    }

    [Fact]
    public void The_first_failure_decides_and_a_BSN_in_a_value_is_masked()
    {
        var row = Row(datum: "174681458", uren: "acht");

        Assert.Null(row.Date("Datum", "dd-MM-yyyy"));
        Assert.Null(row.Decimal("uren"));
        var rejection = row.Rejection("P-1", "GM0405");

        Assert.Equal(ReasonCodes.InvalidDate, rejection.ReasonCode);
        Assert.Equal("Field 'Datum' value '*********' is not a date (dd-MM-yyyy).", rejection.Message);
        Assert.Equal("f.csv:line 2", rejection.Location);
        Assert.Equal("P-1", rejection.SourceId);
        Assert.Equal("GM0405", rejection.GemeenteCode);
    }

    [Fact]
    public void Columns_are_found_by_trimmed_case_insensitive_name_and_values_are_trimmed()
    {
        var row = Row(datum: " 05-01-2024 ");

        Assert.Equal("174681458", row.Text("BSN"));
        Assert.Equal(new DateOnly(2024, 1, 5), row.Date("datum", "dd-MM-yyyy"));
        Assert.Null(row.Text("not-a-column"));
    }

    [Fact]
    public void A_required_empty_field_fails_with_MISSING_FIELD()
    {
        var row = Row(soort: "  ");

        Assert.Null(row.Code("soort", required: true));
        Assert.Equal(ReasonCodes.MissingField, row.FailureReason);
        Assert.Equal("Required field 'soort' is empty.", row.FailureMessage);
    }

    [Theory]
    [InlineData("J", true)]
    [InlineData("n", false)]
    public void Booleans_read_the_given_words_case_insensitively(string text, bool expected)
    {
        Assert.Equal(expected, Row(actief: text).Boolean("actief", trueText: "J", falseText: "N"));
    }

    [Fact]
    public void Another_boolean_word_fails_with_INVALID_VALUE()
    {
        var row = Row(actief: "ja");

        Assert.Null(row.Boolean("actief", trueText: "J", falseText: "N"));
        Assert.Equal(ReasonCodes.InvalidValue, row.FailureReason);
        Assert.Equal("Field 'actief' value 'ja' is not J or N.", row.FailureMessage);
    }

    [Fact]
    public void Codes_are_upper_case_or_translated_through_a_vocabulary()
    {
        var vocabulary = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase) { ["Stage"] = "WERKSTAGE", ["Baan"] = "BETAALDE_BAAN" };

        Assert.Equal("VRIJWILLIGERSWERK", Row(soort: "vrijwilligerswerk").Code("soort"));
        Assert.Equal("WERKSTAGE", Row(soort: "stage").Code("soort", vocabulary: vocabulary));

        var row = Row(soort: "Cursus");
        Assert.Null(row.Code("soort", vocabulary: vocabulary, vocabularyName: "the ACME mapping"));
        Assert.Equal(ReasonCodes.UnknownCode, row.FailureReason);
        Assert.Equal("Field 'soort' value 'Cursus' is not in the ACME mapping (known: Stage, Baan).", row.FailureMessage);
    }

    [Fact]
    public void A_header_reports_duplicate_and_missing_columns()
    {
        var header = new DelimitedHeader(["id", "bsn", "ID"]);

        Assert.Equal("column 'ID' appears more than once in the header; header lacks column(s) soort", header.Check(["id", "bsn", "soort"]));
        Assert.Null(new DelimitedHeader(["id", "bsn"]).Check(["BSN"]));
    }

    [Fact]
    public void Json_fields_read_strings_numbers_flags_and_code_lists()
    {
        using var json = JsonDocument.Parse("""{"id":"P-1","uren":7.5,"urenTekst":"8.25","actief":true,"posten":["huur"," zorg ","huur",""],"startdatum":"2024-01-08","vanaf":"2024-01-08T10:00:00+01:00"}""");
        var item = new JsonFieldReader(json.RootElement, "page 1 item P-1");

        Assert.Equal("P-1", item.Text("id"));
        Assert.Equal(7.5m, item.Number("uren"));
        Assert.Equal(8.25m, item.Number("urenTekst"));
        Assert.True(item.Flag("actief"));
        Assert.Equal(["HUUR", "ZORG"], item.Codes("posten"));
        Assert.Equal(new DateOnly(2024, 1, 8), item.Date("startdatum", "yyyy-MM-dd"));
        Assert.Equal(new DateTimeOffset(2024, 1, 8, 9, 0, 0, TimeSpan.Zero), item.Timestamp("vanaf"));
        Assert.Null(item.Text("absent"));
        Assert.False(item.Failed);
    }

    [Fact]
    public void Json_type_errors_fail_with_their_reason()
    {
        using var json = JsonDocument.Parse("""{"uren":"acht","soort":{"a":1},"posten":"huur"}""");

        var numberOnly = new JsonFieldReader(json.RootElement, "x");
        Assert.Null(numberOnly.Number("uren", numberOnly: true));
        Assert.Equal("Field 'uren' value '\"acht\"' is not a number.", numberOnly.FailureMessage);

        var text = new JsonFieldReader(json.RootElement, "x");
        Assert.False(text.IsText("soort"));
        Assert.Equal(ReasonCodes.MalformedRecord, text.FailureReason);

        var list = new JsonFieldReader(json.RootElement, "x");
        Assert.Empty(list.Codes("posten"));
        Assert.Equal("Field 'posten' is not a list of codes.", list.FailureMessage);

        var missing = new JsonFieldReader(json.RootElement, "x");
        Assert.Null(missing.Required("id"));
        Assert.Equal("Required field 'id' is missing or empty.", missing.FailureMessage);
    }

    private static DelimitedFieldReader Row(string datum = "05-01-2024", string uren = "8", string actief = "J", string soort = "WERKSTAGE") =>
        new(Header, ["P-1", "174681458", datum, uren, actief, soort], "f.csv:line 2", $"P-1;174681458;{datum};{uren};{actief};{soort}");
}
