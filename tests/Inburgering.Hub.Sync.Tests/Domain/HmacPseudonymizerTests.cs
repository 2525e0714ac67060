using System.Text;
using Inburgering.Hub.Domain.Values;

namespace Inburgering.Hub.Sync.Tests.Domain;

public sealed class HmacPseudonymizerTests
{
    private static readonly byte[] KeyA = Encoding.UTF8.GetBytes("key-a-0123456789-0123456789-0123456789");
    private static readonly byte[] KeyB = Encoding.UTF8.GetBytes("key-b-0123456789-0123456789-0123456789");

    [Fact]
    public void Is_deterministic_for_the_same_key()
    {
        var first = new HmacPseudonymizer(KeyA).ForBsn("123456782");
        var second = new HmacPseudonymizer((byte[])KeyA.Clone()).ForBsn("123456782");

        Assert.Equal(first, second);
        Assert.Matches("^[0-9a-f]{64}$", first);
        Assert.DoesNotContain("123456782", first, StringComparison.Ordinal);
    }

    [Fact]
    public void Depends_on_the_key() =>
        Assert.NotEqual(new HmacPseudonymizer(KeyA).ForBsn("123456782"), new HmacPseudonymizer(KeyB).ForBsn("123456782"));

    [Fact]
    public void Depends_on_the_value()
    {
        var p = new HmacPseudonymizer(KeyA);
        Assert.NotEqual(p.ForBsn("123456782"), p.ForBsn("174681458"));
    }

    [Fact]
    public void Bsn_and_VNummer_domains_differ()
    {
        var p = new HmacPseudonymizer(KeyA);
        Assert.NotEqual(p.ForBsn("1234567890"), p.ForVNummer("1234567890"));
        Assert.NotEqual(p.ForBsn("123456782"), p.ForVNummer("123456782"));
    }

    [Fact]
    public void Copies_the_key_so_later_changes_do_not_matter()
    {
        var key = (byte[])KeyA.Clone();
        var p = new HmacPseudonymizer(key);
        var before = p.ForBsn("123456782");
        key[0] ^= 0xFF;
        Assert.Equal(before, p.ForBsn("123456782"));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(16)]
    [InlineData(31)]
    public void Rejects_short_keys(int length) =>
        Assert.Throws<ArgumentException>(() => new HmacPseudonymizer(new byte[length]));

    [Fact]
    public void Accepts_a_32_byte_key() =>
        Assert.Matches("^[0-9a-f]{64}$", new HmacPseudonymizer(new byte[32]).ForVNummer("1234567890"));

    [Fact]
    public void Rejects_a_null_key() =>
        Assert.Throws<ArgumentNullException>(() => new HmacPseudonymizer(null!));
}
