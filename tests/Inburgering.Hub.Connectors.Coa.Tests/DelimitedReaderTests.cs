using Inburgering.Hub.Connectors.Abstractions.Text;

namespace Inburgering.Hub.Connectors.Coa.Tests;

/// <summary>The SDK's RFC 4180 reader that every CSV connector reads through.</summary>
public sealed class DelimitedReaderTests
{
    private static async Task<List<DelimitedRecord>> ReadAllAsync(string text, char delimiter = ';')
    {
        using var csv = new DelimitedReader(new StringReader(text), delimiter);
        var records = new List<DelimitedRecord>();
        while (await csv.ReadAsync() is { } record)
        {
            records.Add(record);
        }

        return records;
    }

    [Theory]
    [InlineData("a;b;c", new[] { "a", "b", "c" })]
    [InlineData(";;", new[] { "", "", "" })]
    [InlineData("\"a;b\";c", new[] { "a;b", "c" })]
    [InlineData("\"say \"\"hi\"\"\";x", new[] { "say \"hi\"", "x" })]
    [InlineData("a;\"\"", new[] { "a", "" })]
    public async Task Splits_fields(string line, string[] expected)
    {
        var record = Assert.Single(await ReadAllAsync(line + "\r\n"));

        Assert.Null(record.Problem);
        Assert.Equal(expected, record.Fields);
        Assert.Equal((1, 1), (record.FirstLine, record.LastLine));
        Assert.Equal(line, record.RawText);
    }

    [Fact]
    public async Task A_quoted_line_break_is_part_of_one_record_with_its_line_range()
    {
        var records = await ReadAllAsync("id,bsn,x\r\n\"NL-7\r\nX\",\"900000041\",a\r\n\r\n\"NL-8\",\"1\",b\n", ',');

        Assert.Equal(4, records.Count);
        Assert.Equal(["NL-7\r\nX", "900000041", "a"], records[1].Fields);
        Assert.Equal((2, 3, "line 2-3".Replace("line", "lines", StringComparison.Ordinal)), (records[1].FirstLine, records[1].LastLine, records[1].Lines));
        Assert.Equal("\"NL-7\r\nX\",\"900000041\",a", records[1].RawText);
        Assert.True(records[2].IsBlank);
        Assert.Equal((4, 4), (records[2].FirstLine, records[2].LastLine));
        Assert.Equal(["NL-8", "1", "b"], records[3].Fields);
        Assert.Equal((5, "line 5"), (records[3].FirstLine, records[3].Lines));
    }

    [Theory]
    [InlineData("ab\"c;d")]
    [InlineData("\"a\"b;c")]
    public async Task A_record_that_breaks_the_quoting_rules_is_refused_whole(string line)
    {
        var records = await ReadAllAsync($"h1;h2\r\n{line}\r\nx;y\r\n");

        Assert.Equal(3, records.Count);
        Assert.NotNull(records[1].Problem);
        Assert.Empty(records[1].Fields);
        Assert.Equal(line, records[1].RawText);
        Assert.Equal((2, 2), (records[1].FirstLine, records[1].LastLine));
        Assert.Equal(["x", "y"], records[2].Fields);
        Assert.Equal(3, records[2].FirstLine);
    }

    [Fact]
    public async Task A_quote_never_closed_makes_the_rest_of_the_file_one_refused_record()
    {
        var records = await ReadAllAsync("h1;h2\r\na;\"b\r\nc;d\r\n");

        Assert.Equal(2, records.Count);
        Assert.NotNull(records[1].Problem);
        Assert.Equal(2, records[1].FirstLine);
        Assert.Empty(records[1].Fields);
    }

    [Fact]
    public async Task A_byte_order_mark_before_a_quoted_header_is_skipped()
    {
        var record = Assert.Single(await ReadAllAsync("\uFEFF\"a\",\"b\"\n", ','));

        Assert.Null(record.Problem);
        Assert.Equal(["a", "b"], record.Fields);
    }
}
