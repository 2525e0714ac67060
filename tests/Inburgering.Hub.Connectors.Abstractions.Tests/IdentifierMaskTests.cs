using Inburgering.Hub.Connectors.Abstractions.Text;

namespace Inburgering.Hub.Connectors.Abstractions.Tests;

public sealed class IdentifierMaskTests
{
    [Theory]
    [InlineData("bsn 174681458 in kolom 3", "bsn ********* in kolom 3")]
    [InlineData("v-nummer 1234567890.", "v-nummer **********.")]
    [InlineData("174681458;916146108", "*********;*********")]
    [InlineData("datum 20240105, regel 12345678", "datum 20240105, regel 12345678")]
    [InlineData("twaalf cijfers 123456789012", "twaalf cijfers 123456789012")]
    [InlineData("", "")]
    public void Nine_and_ten_digit_runs_are_masked_and_nothing_else(string value, string expected)
    {
        Assert.Equal(expected, IdentifierMask.Mask(value));
        Assert.Equal(value != expected, IdentifierMask.HoldsPersonNumber(value));
    }

    [Fact]
    public void Null_stays_null() => Assert.Null(IdentifierMask.Mask(null));
}
