using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class MetricOrderTests
{
    private static readonly (string Key, MetricTotals Totals)[] Rows =
    [
        ("b", new MetricTotals(100, 0, 10, 5m, 0, 0)),
        ("a", new MetricTotals(100, 0, 10, 5m, 0, 0)),
        ("c", new MetricTotals(50, 0, 0, 9m, 0, 0)),
        ("d", MetricTotals.Zero),
    ];

    [Fact]
    public void DescendingPutsTheLargestFirstAndBreaksTiesByKey()
    {
        var sorted = MetricOrder.Sort(Rows, r => r.Totals, r => r.Key, "spend", "desc");

        Assert.Equal(["c", "a", "b", "d"], sorted.Select(r => r.Key));
    }

    [Fact]
    public void AscendingPutsTheSmallestFirstAndBreaksTiesByKey()
    {
        var sorted = MetricOrder.Sort(Rows, r => r.Totals, r => r.Key, "impressions", "asc");

        Assert.Equal(["d", "c", "a", "b"], sorted.Select(r => r.Key));
    }

    [Theory]
    [InlineData("asc")]
    [InlineData("desc")]
    public void AnUndefinedKpiSortsLastEitherWay(string order)
    {
        var sorted = MetricOrder.Sort(Rows, r => r.Totals, r => r.Key, "ctr", order);

        Assert.Equal("d", sorted[^1].Key);
    }

    [Fact]
    public void KeysCompareOrdinallyNotByCulture()
    {
        (string Key, MetricTotals Totals)[] rows = [("a", MetricTotals.Zero), ("B", MetricTotals.Zero)];

        Assert.Equal(["B", "a"], MetricOrder.Sort(rows, r => r.Totals, r => r.Key, "spend", "desc").Select(r => r.Key));
    }
}
