using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.Sync.Tests.Domain;

public sealed class BsnTests
{
    [Theory]
    [InlineData("123456782")]
    [InlineData("174681458")]
    [InlineData("916146108")]
    [InlineData("367418253")]
    public void IsValid_accepts_nine_digits_passing_the_elfproef(string value) =>
        Assert.True(Bsn.IsValid(value));

    [Theory]
    [InlineData("565845756")] // wrong checksum
    [InlineData("123456781")] // one digit off
    [InlineData("12345678")] // 8 digits
    [InlineData("1234567820")] // 10 digits
    [InlineData("")]
    [InlineData("12345678a")] // non-digit
    [InlineData("1234 6782")]
    [InlineData("-23456782")]
    [InlineData("000000000")] // all zeros: sum 0 is divisible by 11 but not a BSN
    public void IsValid_rejects_everything_else(string value) =>
        Assert.False(Bsn.IsValid(value));

    [Fact]
    public void Mask_masks_every_standalone_nine_digit_run()
    {
        var text = "K-1;123456782;1234567890;GM0405;invalid 565845756;long 1234567820;in-text:174681458.";

        var masked = Bsn.Mask(text);

        Assert.Equal("K-1;*********;1234567890;GM0405;invalid *********;long 1234567820;in-text:*********.", masked);
    }

    [Theory]
    [InlineData("123456782", "*********")]
    [InlineData("x123456782", "x*********")]
    [InlineData("123456782;916146108", "*********;*********")]
    [InlineData("0123456782", "0123456782")] // part of a 10-digit run: not a BSN
    [InlineData("", "")]
    [InlineData("geen bsn", "geen bsn")]
    public void Mask_cases(string input, string expected) =>
        Assert.Equal(expected, Bsn.Mask(input));

    [Fact]
    public void Mask_rejects_null() =>
        Assert.Throws<ArgumentNullException>(() => Bsn.Mask(null!));
}
