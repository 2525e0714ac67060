using Inburgering.Hub.GraphQL.Aggregates;

namespace Inburgering.Hub.Server.Tests.Privacy;

/// <summary>Small-cell and secondary suppression of grouped statistics.</summary>
public sealed class StatistiekSuppressionTests
{
    private const int K = 5;

    private static StatistiekRij Groep(string gemeente, string? route, int personen, int aggregaat) =>
        new() { K1 = gemeente, K2 = route, Aantal = personen * 2, AantalPersonen = personen, AggregaatPersonen = aggregaat, AggregaatRijen = aggregaat * 2 };

    [Fact]
    public void Groups_with_1_to_k_minus_1_aggregate_only_persons_are_hidden_own_rows_never()
    {
        var eigen = Groep("GM0405", null, 2, 0);
        var klein = Groep("GM0388", null, 3, 3);
        var groot = Groep("GM0432", null, 9, 9);
        var ander = Groep("GM0532", null, 7, 7);

        var hidden = StatistiekSuppression.Apply([eigen, klein, groot, ander], StatistiekSuppression.Dimensions(1, false), aboutPersons: true, K);

        Assert.Contains(klein, hidden);
        Assert.DoesNotContain(eigen, hidden);
        Assert.Contains(ander, hidden); // complementary: the smallest other group with aggregate-only persons
        Assert.DoesNotContain(groot, hidden);
    }

    [Fact]
    public void Secondary_suppression_holds_on_every_line_of_a_two_dimensional_table()
    {
        // gemeente × leerroute; one small cell. Hiding a complement in its row creates a single hidden
        // cell in another column, which needs a complement there as well.
        StatistiekRij[] groups =
        [
            Groep("A", "B1", 3, 3), Groep("A", "Z", 20, 20),
            Groep("B", "B1", 30, 30), Groep("B", "Z", 25, 25),
            Groep("C", "B1", 40, 40), Groep("C", "Z", 35, 35),
        ];

        var hidden = StatistiekSuppression.Apply(groups, StatistiekSuppression.Dimensions(2, false), aboutPersons: true, K);

        foreach (var line in groups.GroupBy(g => g.K1).Concat(groups.GroupBy(g => g.K2)))
        {
            Assert.NotEqual(1, line.Count(hidden.Contains));
        }

        Assert.Contains(groups[0], hidden);
    }

    [Fact]
    public void Rows_count_for_data_that_is_not_about_persons()
    {
        var klein = new StatistiekRij { K1 = "GM0388", Aantal = 2, AggregaatRijen = 2 };
        var hidden = StatistiekSuppression.Apply([klein], StatistiekSuppression.Dimensions(1, false), aboutPersons: false, K);
        Assert.Contains(klein, hidden);
    }
}
