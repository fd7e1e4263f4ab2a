using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Insights;
using KiotaDate = Microsoft.Kiota.Abstractions.Date;

namespace GrainMarketing.DashboardTests;

public sealed class CreativeTrendChartTests
{
    [Fact]
    public void EachCreativesCtrIsDrawnPerThousandImpressionsOverOneAxisOfDaysWithAGapWhereItHadNoImpressions()
    {
        var report = new CreativeInsightReport
        {
            Creatives =
            [
                Creative("steady", fatigued: false, Day(1, 1_000, 20, null), Day(2, 1_000, 22, null), Day(3, 0, 0, null)),
                Creative("tired", fatigued: true, Day(2, 2_000, 40, 1.5), Day(3, 2_000, 20, 2.5)),
            ],
        };

        var chart = CreativeTrendChart.From(report);

        Assert.Equal(["Dec 1", "Dec 2", "Dec 3"], chart.Labels);
        Assert.Equal(["tired (fatigued)", "steady"], chart.Ctr.Select(c => c.Name));
        Assert.Equal(new double?[] { null, 20.0, 10.0 }, chart.Ctr[0].Values);
        Assert.Equal(new double?[] { 20.0, 22.0, null }, chart.Ctr[1].Values);
        Assert.Equal(3, CreativeTrendChart.TickStep(chart.Ctr));
        var frequency = Assert.Single(chart.Frequency);
        Assert.Equal("tired (fatigued)", frequency.Name);
        Assert.Equal(new double?[] { null, 1.5, 2.5 }, frequency.Values);
    }

    [Fact]
    public void OnlyTheFirstSixCreativesAreDrawnWithTheFatiguedOnesAmongThem()
    {
        var creatives = Enumerable.Range(1, 8).Select(i => Creative($"c{i}", fatigued: i == 8, Day(1, 100, 1, null))).ToList();

        var chart = CreativeTrendChart.From(new CreativeInsightReport { Creatives = creatives });

        Assert.Equal(["c8 (fatigued)", "c1", "c2", "c3", "c4", "c5"], chart.Ctr.Select(c => c.Name));
        Assert.Empty(chart.Frequency);
    }

    private static CreativeInsight Creative(string id, bool fatigued, params CreativeDay[] days) =>
        new() { CreativeId = id, Fatigue = new FatigueAssessment { Fatigued = fatigued }, Days = [.. days] };

    private static CreativeDay Day(int day, long impressions, long clicks, double? frequency) =>
        new() { Date = new KiotaDate(2026, 12, day), Impressions = impressions, Clicks = clicks, Frequency = frequency };
}
