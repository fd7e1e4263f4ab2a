using GrainMarketing.Dashboard.Insights;

namespace GrainMarketing.DashboardTests.Insights;

public sealed class CompetitorChartTests
{
    private static readonly DateOnly[] Weeks = [new(2026, 11, 9), new(2026, 11, 16), new(2026, 11, 23)];

    [Fact]
    public void AnAdvertiserWithANumberInEveryPeriodIsALineAndOneWithAGapIsNamedInstead()
    {
        var rows = new List<(string, IReadOnlyDictionary<DateOnly, double?>)>
        {
            ("shopnest.com", new Dictionary<DateOnly, double?> { [Weeks[0]] = 31.4, [Weeks[1]] = 34.9, [Weeks[2]] = 38.2 }),
            ("trendcart.co", new Dictionary<DateOnly, double?> { [Weeks[0]] = null, [Weeks[1]] = null, [Weeks[2]] = 11.2 }),
            ("newcomer.com", new Dictionary<DateOnly, double?> { [Weeks[2]] = 12.0 }),
        };

        var (labels, lines, left) = CompetitorChart.Build(Weeks, rows);

        Assert.Equal(["Nov 9", "Nov 16", "Nov 23"], labels);
        var line = Assert.Single(lines);
        Assert.Equal("shopnest.com", line.Name);
        Assert.Equal([31.4, 34.9, 38.2], line.Values);
        Assert.Equal(["trendcart.co", "newcomer.com"], left);
    }
}
