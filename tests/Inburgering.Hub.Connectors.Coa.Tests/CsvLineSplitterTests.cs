using Inburgering.Hub.Connectors.Abstractions.Text;
namespace Inburgering.Hub.Connectors.Coa.Tests;

public sealed class CsvLineSplitterTests
{
    [Theory]
    [InlineData("a;b;c", new[] { "a", "b", "c" })]
    [InlineData(";;", new[] { "", "", "" })]
    [InlineData("", new[] { "" })]
    [InlineData("\"a;b\";c", new[] { "a;b", "c" })]
    [InlineData("\"say \"\"hi\"\"\";x", new[] { "say \"hi\"", "x" })]
    [InlineData("a;\"\"", new[] { "a", "" })]
    [InlineData("ab\"c;d", new[] { "ab\"c", "d" })]
    public void Splits_fields(string line, string[] expected)
    {
        var fields = new List<string>();

        Assert.True(DelimitedLine.TrySplit(line, ';', fields));
        Assert.Equal(expected, fields);
    }

    [Theory]
    [InlineData("\"abc;d")]
    [InlineData("a;\"b")]
    [InlineData("\"a\"b;c")]
    public void Unbalanced_quotes_fail(string line) => Assert.False(DelimitedLine.TrySplit(line, ';', []));
}
