using System.Text;
using Inburgering.Hub.Connectors.Abstractions;
using Inburgering.Hub.Connectors.Abstractions.Inbox;

namespace Example.Connector.Tests;

/// <summary>The connector's own facts: what a CSV line reads as.</summary>
public sealed class FieldTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("example-connector-").FullName;

    [Fact]
    public async Task Hours_with_a_decimal_comma_or_point_and_a_quoted_field_read_as_numbers()
    {
        await File.WriteAllTextAsync(
            Path.Combine(_folder, "p.csv"),
            "id;bsn;gemeenteCode;soort;startdatum;einddatum;urenPerWeek\nP-1;174681458;gm0405;werkstage;2024-01-08;;\"7,5\"\nP-2;916146108;GM0388;WERKSTAGE;2024-01-08;2024-02-01;12.25\n",
            Encoding.UTF8);

        var records = new List<ParticipatieRecord>();
        await foreach (var message in new ExampleConnector().ReadAsync(new ReadRequest(ExampleConnector.Stream, Settings(), null), CancellationToken.None))
        {
            if (message is SourceRecord { Data: ParticipatieRecord record })
            {
                records.Add(record);
            }
        }

        Assert.Equal([7.5m, 12.25m], records.Select(r => r.UrenPerWeek));
        Assert.Equal("GM0405", records[0].GemeenteCode);
        Assert.Equal("WERKSTAGE", records[0].Soort);
        Assert.Equal(new DateOnly(2024, 2, 1), records[1].Einddatum);
    }

    [Fact]
    public async Task A_bad_date_is_rejected_without_the_BSN_in_its_message()
    {
        await File.WriteAllTextAsync(
            Path.Combine(_folder, "p.csv"),
            "id;bsn;gemeenteCode;soort;startdatum;einddatum;urenPerWeek\nP-1;174681458;GM0405;WERKSTAGE;174681458;;\n",
            Encoding.UTF8);

        var rejection = Assert.Single(await Rejections());

        Assert.Equal(ReasonCodes.InvalidDate, rejection.ReasonCode);
        Assert.Equal("p.csv:line 2", rejection.Location);
        Assert.Equal("Field 'startdatum' value '*********' is not a date (yyyy-MM-dd).", rejection.Message);
    }

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    private ConnectorSettings Settings() => new([new(InboxSettings.InboxPathKey, _folder)]);

    private async Task<List<SourceRejection>> Rejections()
    {
        var rejections = new List<SourceRejection>();
        await foreach (var message in new ExampleConnector().ReadAsync(new ReadRequest(ExampleConnector.Stream, Settings(), null), CancellationToken.None))
        {
            if (message is SourceRejection rejection)
            {
                rejections.Add(rejection);
            }
        }

        return rejections;
    }
}
