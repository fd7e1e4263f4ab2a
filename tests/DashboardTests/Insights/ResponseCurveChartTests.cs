using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Insights;

namespace GrainMarketing.DashboardTests.Insights;

public sealed class ResponseCurveChartTests
{
    private static readonly ResponseCurve Curve = new()
    {
        Points = [Point(0, 0, 0, 0), Point(50, 5, 4, 6), Point(150, 11, 9, 13)],
        AtCurrentSpend = new Estimate { Value = 8, Lower80 = 7, Upper80 = 9.5 },
    };

    [Fact]
    public void TheCurrentSpendTakesItsPlaceOnTheSpendAxisWithTheFitsAnswerThere()
    {
        var chart = ResponseCurveChart.From(Curve, 100);

        Assert.Equal(["0", "", "now: 100", ""], chart.Labels);
        Assert.Equal(2, chart.CurrentIndex);
        Assert.Equal([0, 5, 8, 11], Values(chart, ResponseCurveChart.Expected));
        Assert.Equal([0, 4, 7, 9], Values(chart, ResponseCurveChart.Lower80));
        Assert.Equal([0, 6, 9.5, 13], Values(chart, ResponseCurveChart.Upper80));
    }

    [Fact]
    public void ACurrentSpendOnAPointReplacesItAndOnePastTheLastComesLast()
    {
        Assert.Equal(["", "now: 50", ""], ResponseCurveChart.From(Curve, 50).Labels);
        Assert.Equal(8, Values(ResponseCurveChart.From(Curve, 50), ResponseCurveChart.Expected)[1]);
        Assert.Equal(["0", "50", "", "now: 400"], ResponseCurveChart.From(Curve, 400).Labels);
    }

    [Fact]
    public void OnALongAxisOnlyEveryFewSpendsAndTheCurrentOneAreNamed()
    {
        var curve = new ResponseCurve { Points = [.. Enumerable.Range(0, 25).Select(n => Point(n * 10, n, n, n))], AtCurrentSpend = new Estimate { Value = 5 } };

        var labels = ResponseCurveChart.From(curve, 125).Labels;

        Assert.Equal(26, labels.Length);
        Assert.Equal(["0", "30", "60", "90", "now: 125", "140", "170", "200", "230"], labels.Where(label => label.Length > 0));
    }

    private static double?[] Values(ResponseCurveChart chart, string name) => [.. chart.Series.Single(s => s.Name == name).Data.Values];

    private static CurvePoint Point(double spend, double value, double lower, double upper) =>
        new() { Spend = spend, Expected = new Estimate { Value = value, Lower80 = lower, Upper80 = upper } };
}
