using Inburgering.Hub.Reporting.Privacy;

namespace Inburgering.Hub.Server.Tests.Privacy;

/// <summary>The perturbation table and the cell keys of the cell-key method, without a hub.</summary>
[Trait("Category", "Integration")]
public sealed class CellKeyTests
{
    private static readonly CellKeys Keys = new(System.Text.Encoding.UTF8.GetBytes(Support.HubFactory.CellKeySecret), PerturbationTable.Default);

    [Fact]
    public void Every_row_of_the_table_is_a_distribution_within_the_maximum_deviation_that_never_publishes_1_or_2()
    {
        for (var n = 0; n <= 50; n++)
        {
            var row = PerturbationTable.Row(n);
            Assert.Equal(1.0, row.Sum(r => r.P), 9);
            Assert.All(row, r => Assert.True(r.P > 0 && Math.Abs(r.Value - n) <= PerturbationTable.MaxDeviation, $"n={n}: {r.Value}"));
            Assert.All(row, r => Assert.False(r.Value is 1 or 2, $"n={n} publishes {r.Value}"));
        }

        Assert.Equal([(0, 1.0)], PerturbationTable.Row(0)); // no units, no noise
        Assert.Contains(PerturbationTable.Row(1), r => r.Value == 0); // so a published 0 is not certain
        Assert.Contains(PerturbationTable.Row(2), r => r.Value == 0);
    }

    [Fact]
    public void The_table_is_unbiased_except_for_3_and_has_the_stated_variance_from_5()
    {
        for (var n = 0; n <= 50; n++)
        {
            var row = PerturbationTable.Row(n);
            var mean = row.Sum(r => r.Value * r.P);
            Assert.Equal(n == 3 ? 3.25 : n, mean, 9);
            if (n >= 5)
            {
                Assert.Equal(PerturbationTable.Variance, row.Sum(r => (r.Value - n) * (r.Value - n) * r.P), 9);
            }
        }
    }

    [Fact]
    public void Perturb_follows_the_cumulative_probabilities_of_the_row()
    {
        var table = PerturbationTable.Default;
        Assert.Equal(0, table.Perturb(1, 0.0));
        Assert.Equal(0, table.Perturb(1, 0.66));
        Assert.Equal(3, table.Perturb(1, 0.67));
        Assert.Equal(3, table.Perturb(1, 0.999999));
        Assert.Equal(8, table.Perturb(10, 0.01));
        Assert.Equal(10, table.Perturb(10, 0.5));
        Assert.Equal(12, table.Perturb(10, 0.99));
        Assert.Equal(1, PerturbationTable.None.Perturb(1, 0.99));
    }

    [Fact]
    public void A_cell_key_depends_on_exactly_the_set_of_units_not_their_order()
    {
        var a = Keys.PersonKey("pseudoniem-a");
        var b = Keys.PersonKey("pseudoniem-b");
        var c = Keys.PersonKey("pseudoniem-c");
        Assert.Equal(CellKeys.CellKey([a, b, c]), CellKeys.CellKey([c, a, b]));
        Assert.NotEqual(CellKeys.CellKey([a, b]), CellKeys.CellKey([a, c]));
        Assert.InRange(CellKeys.CellKey([a, b, c]), 0.0, 1.0 - double.Epsilon);
        Assert.Equal(0.0, CellKeys.CellKey([]));
    }

    [Fact]
    public void Record_keys_need_the_secret_and_are_uniform()
    {
        var other = new CellKeys(new byte[32], PerturbationTable.Default);
        Assert.NotEqual(Keys.PersonKey("pseudoniem-a"), other.PersonKey("pseudoniem-a"));
        Assert.NotEqual(Keys.PersonKey("1"), Keys.UnitKey("pip", 1));

        var cells = Enumerable.Range(0, 10_000).Select(i => CellKeys.CellKey([Keys.PersonKey("p" + i)])).ToList();
        var perDecile = cells.GroupBy(u => (int)(u * 10)).Select(g => g.Count()).ToList();
        Assert.Equal(10, perDecile.Count);
        Assert.All(perDecile, n => Assert.InRange(n, 900, 1100));
    }

    [Fact]
    public void The_secret_is_required_long_enough_and_not_the_development_one_outside_development()
    {
        Assert.Contains("Hub__Privacy__CellKey__Secret", Assert.Throws<InvalidOperationException>(() => new CellKeyOptions().DecodeSecret(development: true)).Message, StringComparison.Ordinal);
        Assert.Throws<InvalidOperationException>(() => new CellKeyOptions { Secret = "short" }.DecodeSecret(development: true));
        var dev = new CellKeyOptions { Secret = CellKeyOptions.DevelopmentSecret };
        Assert.Contains("development secret", Assert.Throws<InvalidOperationException>(() => dev.DecodeSecret(development: false)).Message, StringComparison.Ordinal);
        Assert.NotEmpty(dev.DecodeSecret(development: true));
        Assert.Equal(32, new CellKeyOptions { Secret = "base64:" + Convert.ToBase64String(new byte[32]) }.DecodeSecret(development: false).Length);
    }
}
