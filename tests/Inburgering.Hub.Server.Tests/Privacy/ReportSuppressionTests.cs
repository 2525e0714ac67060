using Inburgering.Hub.GraphQL.Privacy;
using Inburgering.Hub.GraphQL.Reports;

namespace Inburgering.Hub.Server.Tests.Privacy;

/// <summary>Small-cell and secondary suppression of report cells (docs/authorization.md rule 2).</summary>
public sealed class ReportSuppressionTests
{
    private const string Eigen = "GM0405";
    private const string A = "GM0388";
    private const string B = "GM0432";
    private const string C = "GM0532";
    private const int K = 5;

    private static readonly ReportCel Row = new(null, ReportGroep.Alle, ReportRij.PvtAfgerond, null, null);

    private static ReportCounts Counts(int eigen, int a, int b, int c)
    {
        var counts = new ReportCounts();
        counts.AddRange(
        [
            Count(Eigen, eigen), Count(A, a), Count(B, b), Count(C, c),
            Count(null, eigen + a + b + c), Count(FactCounter.AggregateOnly, a + b + c),
        ]);
        return counts;
    }

    private static ReportCount Count(string? gemeente, int aantal) =>
        new() { Gemeente = gemeente, Groep = Row.Groep, Rij = Row.Rij, Aantal = aantal };

    private static IReadOnlyList<ReportCel> Apply(ReportCounts counts) =>
        ReportSuppression.Apply(counts, [Eigen, A, B, C], new HashSet<string> { A, B, C }, K);

    [Fact]
    public void Counts_of_1_to_k_minus_1_of_aggregate_only_gemeenten_are_hidden_zero_and_own_gemeente_never()
    {
        var counts = Counts(eigen: 2, a: 3, b: 4, c: 0);
        Apply(counts);

        Assert.Equal(2, counts.Get(Eigen, Row.Groep, Row.Rij));
        Assert.Null(counts.Get(A, Row.Groep, Row.Rij));
        Assert.Null(counts.Get(B, Row.Groep, Row.Rij));
        Assert.Equal(0, counts.Get(C, Row.Groep, Row.Rij));
        Assert.Equal(9, counts.Get(null, Row.Groep, Row.Rij)); // aggregate-only part 7 >= k, two cells hidden
    }

    [Fact]
    public void One_hidden_gemeente_gets_the_smallest_other_one_hidden_too_so_the_total_does_not_reveal_it()
    {
        var counts = Counts(eigen: 40, a: 3, b: 12, c: 8);
        var hidden = Apply(counts);

        Assert.Null(counts.Get(A, Row.Groep, Row.Rij));
        Assert.Null(counts.Get(C, Row.Groep, Row.Rij)); // complementary: smallest non-zero other
        Assert.Equal(12, counts.Get(B, Row.Groep, Row.Rij));
        Assert.Equal(63, counts.Get(null, Row.Groep, Row.Rij));
        Assert.Equal(2, hidden.Count);
    }

    [Fact]
    public void Without_a_complement_the_region_total_is_hidden()
    {
        var counts = Counts(eigen: 40, a: 3, b: 0, c: 0);
        Apply(counts);

        Assert.Null(counts.Get(A, Row.Groep, Row.Rij));
        Assert.Null(counts.Get(null, Row.Groep, Row.Rij)); // 43 − 40 would be A's 3
        Assert.Equal(40, counts.Get(Eigen, Row.Groep, Row.Rij));
    }

    [Fact]
    public void A_report_of_own_gemeenten_only_hides_nothing()
    {
        var counts = Counts(eigen: 1, a: 1, b: 1, c: 1);
        var hidden = ReportSuppression.Apply(counts, [Eigen, A], new HashSet<string>(), K);

        Assert.Empty(hidden);
        Assert.Equal(1, counts.Get(A, Row.Groep, Row.Rij));
    }

    [Fact]
    public void K_below_two_is_refused_with_a_clear_message()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => new SuppressionOptions { K = 1 }.Validated());
        Assert.Contains("Hub:Privacy:K", ex.Message, StringComparison.Ordinal);
        Assert.Equal(5, new SuppressionOptions().Validated().K);
    }
}
