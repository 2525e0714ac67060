using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.Sync.Tests.Domain;

/// <summary>The fast path of <see cref="PersonNumbers.ReplaceValidBsns"/>: a text without a standalone 9-digit run is returned as is.</summary>
public sealed class ReplaceValidBsnsTests
{
    [Theory]
    [InlineData("", "")]
    [InlineData("GM0405", "GM0405")]
    [InlineData("12345678", "12345678")]
    [InlineData("1234567890", "1234567890")]
    [InlineData("111222333", "<111222333>")]
    [InlineData("id 111222333", "id <111222333>")]
    [InlineData("111222333 en 123456782", "<111222333> en <123456782>")]
    [InlineData("x111222333y", "x<111222333>y")]
    [InlineData("0111222333", "0111222333")]
    [InlineData("111222334", "111222334")]
    public void Only_standalone_valid_bsns_are_replaced(string text, string expected)
    {
        var result = PersonNumbers.ReplaceValidBsns(text, bsn => "<" + bsn + ">");
        Assert.Equal(expected, result);
        if (expected == text)
        {
            Assert.Same(text, result);
        }
    }
}
