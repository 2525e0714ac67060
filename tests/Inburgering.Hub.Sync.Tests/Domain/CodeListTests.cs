using Inburgering.Hub.Domain;
using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.Sync.Tests.Domain;

public sealed class CodeListTests
{
    [Theory]
    [InlineData(Doelgroep.Asielstatushouder, "ASIELSTATUSHOUDER")]
    [InlineData(Doelgroep.Gezinsmigrant, "GEZINSMIGRANT")]
    [InlineData(Doelgroep.OverigeMigrant, "OVERIGE_MIGRANT")]
    public void Doelgroep_round_trips(Doelgroep value, string code)
    {
        Assert.Equal(code, CodeList<Doelgroep>.ToCode(value));
        Assert.True(CodeList<Doelgroep>.TryParse(code, out var parsed));
        Assert.Equal(value, parsed);
    }

    [Theory]
    [InlineData(Wet.Wi2021, "WI2021")]
    [InlineData(Wet.Wi2013, "WI2013")]
    public void Wet_round_trips(Wet value, string code)
    {
        Assert.Equal(code, CodeList<Wet>.ToCode(value));
        Assert.True(CodeList<Wet>.TryParse(code, out var parsed));
        Assert.Equal(value, parsed);
    }

    [Fact]
    public void Every_value_of_every_koppeling_list_round_trips()
    {
        AssertRoundTrips<Gezinsrol>();
        AssertRoundTrips<Voorinburgering>();
        AssertRoundTrips<KoppelingStatus>();
        AssertRoundTrips<PlichtStatus>();
        AssertRoundTrips<MeldingSoort>();
        AssertRoundTrips<ExamenResultaat>();
    }

    [Fact]
    public void Codes_are_listed_in_declaration_order() =>
        Assert.Equal(["HOOFDPERSOON", "PARTNER", "KIND", "OVERIG"], CodeList<Gezinsrol>.Codes);

    [Theory]
    [InlineData("OPA")]
    [InlineData("overige_migrant")]
    [InlineData("Overige_Migrant")]
    [InlineData("OverigeMigrant")]
    [InlineData("OVERIGEMIGRANT")]
    [InlineData(" OVERIGE_MIGRANT")]
    [InlineData("")]
    [InlineData(null)]
    public void Rejects_unknown_or_lowercase_codes(string? code)
    {
        Assert.False(CodeList<Doelgroep>.TryParse(code, out var value));
        Assert.Equal(default, value);
    }

    [Fact]
    public void Rejects_lowercase_wet() =>
        Assert.False(CodeList<Wet>.TryParse("wi2021", out _));

    private static void AssertRoundTrips<TEnum>()
        where TEnum : struct, Enum
    {
        foreach (var value in Enum.GetValues<TEnum>())
        {
            var code = CodeList<TEnum>.ToCode(value);
            Assert.Matches("^[A-Z0-9_]+$", code);
            Assert.True(CodeList<TEnum>.TryParse(code, out var parsed), code);
            Assert.Equal(value, parsed);
        }
    }
}
