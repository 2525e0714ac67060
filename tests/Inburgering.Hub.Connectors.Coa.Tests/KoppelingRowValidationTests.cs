using Inburgering.Hub.Connectors.Abstractions;

namespace Inburgering.Hub.Connectors.Coa.Tests;

/// <summary>Row-level checks of the connector: a bad row is rejected, the rest of the file still loads.</summary>
public sealed class KoppelingRowValidationTests : IDisposable
{
    private const string FileName = "coa-koppelingen-20240105.csv";
    private readonly TestInbox _inbox = new();

    public void Dispose() => _inbox.Dispose();

    public static TheoryData<string, string, string> BadRows => new()
    {
        { "K-2;123456782;1234567890", ReasonCodes.MalformedRecord, "3 fields" },
        { KoppelingRow.Good("K-2") + ";extra", ReasonCodes.MalformedRecord, "15 fields" },
        { KoppelingRow.With("K-2", ("gezin_id", "G-1\"201")), ReasonCodes.MalformedRecord, "quote inside an unquoted field" },
        { KoppelingRow.With("", ("bsn", "")), ReasonCodes.MissingField, "koppeling_id" },
        { KoppelingRow.With("K-2", ("v_nummer", "")), ReasonCodes.MissingField, "v_nummer" },
        { KoppelingRow.With("K-2", ("gemeente_code", " ")), ReasonCodes.MissingField, "gemeente_code" },
        { KoppelingRow.With("K-2", ("koppeldatum", "")), ReasonCodes.MissingField, "koppeldatum" },
        { KoppelingRow.With("K-2", ("taakstelling_periode", "")), ReasonCodes.MissingField, "taakstelling_periode" },
        { KoppelingRow.With("K-2", ("gezinsrol", "")), ReasonCodes.MissingField, "gezinsrol" },
        { KoppelingRow.With("K-2", ("nareiziger", "")), ReasonCodes.MissingField, "nareiziger" },
        { KoppelingRow.With("K-2", ("voorinburgering", "")), ReasonCodes.MissingField, "voorinburgering" },
        { KoppelingRow.With("K-2", ("status", "")), ReasonCodes.MissingField, "status" },
        { KoppelingRow.With("K-2", ("koppeldatum", "2023-01-02")), ReasonCodes.InvalidDate, "'koppeldatum' value '2023-01-02'" },
        { KoppelingRow.With("K-2", ("koppeldatum", "31-02-2023")), ReasonCodes.InvalidDate, "'koppeldatum' value '31-02-2023'" },
        { KoppelingRow.With("K-2", ("koppeldatum", "2-1-2023")), ReasonCodes.InvalidDate, "'koppeldatum' value '2-1-2023'" },
        { KoppelingRow.With("K-2", ("huisvestingsdatum", "14/02/2023")), ReasonCodes.InvalidDate, "'huisvestingsdatum' value '14/02/2023'" },
        { KoppelingRow.With("K-2", ("geboortejaar", "94")), ReasonCodes.InvalidNumber, "'geboortejaar' value '94'" },
        { KoppelingRow.With("K-2", ("geboortejaar", "19x4")), ReasonCodes.InvalidNumber, "'geboortejaar' value '19x4'" },
        { KoppelingRow.With("K-2", ("nareiziger", "ja")), ReasonCodes.InvalidValue, "'nareiziger' value 'ja'" },
        { KoppelingRow.With("K-2", ("taakstelling_periode", "2023-H3")), ReasonCodes.InvalidValue, "'taakstelling_periode' value '2023-H3'" },
        { KoppelingRow.With("K-2", ("taakstelling_periode", "2023H1")), ReasonCodes.InvalidValue, "'taakstelling_periode' value '2023H1'" },
    };

    [Theory]
    [MemberData(nameof(BadRows))]
    public async Task Bad_row_is_rejected_and_good_rows_still_load(string badRow, string reasonCode, string messagePart)
    {
        _inbox.Write(FileName, TestInbox.KoppelingHeader, KoppelingRow.Good("K-1"), badRow, KoppelingRow.Good("K-3"));

        var messages = await ConnectorRun.ReadAllAsync(_inbox);

        Assert.Equal(["K-1", "K-3"], messages.OfType<SourceRecord>().Select(r => r.SourceId));
        var rejection = messages.SingleRejection();
        Assert.Equal(reasonCode, rejection.ReasonCode);
        Assert.Equal($"{FileName}:line 3", rejection.Location);
        Assert.Equal(badRow, rejection.Raw);
        Assert.Contains(messagePart, rejection.Message, StringComparison.Ordinal);
        Assert.DoesNotContain(KoppelingRow.Bsn, rejection.Message, StringComparison.Ordinal);
        Assert.IsType<DocumentCompleted>(messages[^1]);
    }

    [Fact]
    public async Task Rejection_carries_source_id_and_gemeente_when_readable()
    {
        _inbox.Write(FileName, TestInbox.KoppelingHeader, KoppelingRow.With("K-2", ("gemeente_code", "gm0388"), ("koppeldatum", "x")));

        var rejection = (await ConnectorRun.ReadAllAsync(_inbox)).SingleRejection();

        Assert.Equal(ReasonCodes.InvalidDate, rejection.ReasonCode);
        Assert.Equal("K-2", rejection.SourceId);
        Assert.Equal("GM0388", rejection.GemeenteCode);
    }

    [Fact]
    public async Task Duplicate_ids_pass_through_for_the_engine_to_reject()
    {
        // The engine rejects later occurrences of an id per document (DUPLICATE_ID); the connector
        // keeps no set of ids, so its memory does not grow with the file.
        _inbox.Write(
            FileName,
            TestInbox.KoppelingHeader,
            KoppelingRow.Good("K-1"),
            KoppelingRow.With("K-1", ("gezinsrol", "PARTNER")),
            KoppelingRow.Good("K-2"));

        var messages = await ConnectorRun.ReadAllAsync(_inbox);

        var records = messages.OfType<SourceRecord>().ToList();
        Assert.Equal(["K-1", "K-1", "K-2"], records.Select(r => r.SourceId));
        Assert.Equal(["HOOFDPERSOON", "PARTNER", "HOOFDPERSOON"], records.Select(r => ((KoppelingRecord)r.Data).Gezinsrol));
        Assert.Empty(messages.OfType<SourceRejection>());
    }

    [Fact]
    public async Task A_bsn_like_value_in_another_field_is_masked_in_the_message()
    {
        _inbox.Write(FileName, TestInbox.KoppelingHeader, KoppelingRow.With("K-2", ("koppeldatum", KoppelingRow.Bsn)));

        var rejection = (await ConnectorRun.ReadAllAsync(_inbox)).SingleRejection();

        Assert.Equal(ReasonCodes.InvalidDate, rejection.ReasonCode);
        Assert.DoesNotContain(KoppelingRow.Bsn, rejection.Message, StringComparison.Ordinal);
        Assert.Contains("koppeldatum", rejection.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Codes_pass_through_trimmed_and_uppercase_without_code_list_checks()
    {
        _inbox.Write(
            FileName,
            TestInbox.KoppelingHeader,
            KoppelingRow.With("K-1", ("gezinsrol", " kind "), ("voorinburgering", "onbekend"), ("status", "Gekoppeld"), ("gemeente_code", "gm0405"), ("nareiziger", "j")));

        var record = Assert.Single((await ConnectorRun.ReadAllAsync(_inbox)).Koppelingen());

        Assert.Equal("KIND", record.Gezinsrol);
        Assert.Equal("ONBEKEND", record.Voorinburgering);
        Assert.Equal("GEKOPPELD", record.Status);
        Assert.Equal("GM0405", record.GemeenteCode);
        Assert.True(record.Nareiziger);
    }

    [Fact]
    public async Task Invalid_bsn_and_unknown_gemeente_are_left_to_the_engine()
    {
        _inbox.Write(FileName, TestInbox.KoppelingHeader, KoppelingRow.With("K-1", ("bsn", "123456789"), ("gemeente_code", "GM9999")));

        var record = Assert.Single((await ConnectorRun.ReadAllAsync(_inbox)).Koppelingen());

        Assert.Equal("123456789", record.Person.Bsn);
        Assert.Equal("GM9999", record.GemeenteCode);
    }

    [Fact]
    public async Task Optional_fields_may_be_empty()
    {
        _inbox.Write(
            FileName,
            TestInbox.KoppelingHeader,
            KoppelingRow.With("K-1", ("bsn", ""), ("huisvestingsdatum", ""), ("gezin_id", ""), ("geboortejaar", ""), ("herkomstland", "")));

        var record = Assert.Single((await ConnectorRun.ReadAllAsync(_inbox)).Koppelingen());

        Assert.Null(record.Person.Bsn);
        Assert.Null(record.Huisvestingsdatum);
        Assert.Null(record.GezinId);
        Assert.Null(record.Geboortejaar);
        Assert.Null(record.Herkomstland);
    }
}
