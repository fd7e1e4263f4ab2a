using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;

namespace GrainMarketing.DashboardTests;

public sealed class CreativeRankingTests : DashboardContext, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's tooltips hold services that only dispose asynchronously.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    [Fact]
    public void AFatiguedCreativeShowsItsStartDayAndAWinnerIsNamedOnlyWhenDeclared()
    {
        var ranking = Render<CreativeRanking>(parameters => parameters.Add(p => p.Report, Report("steady",
            Creative("steady", 1, rate: 0.02, p: null, worse: false, fatigued: false),
            Creative("tired", 2, rate: 0.0168, p: 0.00001, worse: true, fatigued: true))));

        Assert.StartsWith("steady has the best CTR", ranking.Find("[data-testid='creative-verdict']").TextContent, StringComparison.Ordinal);
        Assert.Contains("Fatigued since 2026-11-20", ranking.Find("[data-testid='fatigue-tired'] [data-testid='fatigued']").TextContent, StringComparison.Ordinal);
        Assert.Empty(ranking.FindAll("[data-testid='fatigue-steady'] [data-testid='fatigued']"));
        Assert.Contains("worse (p = 1E-05)", ranking.Find("[data-testid='versus-tired']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void WithoutAWinnerTheRankingSaysSoAndUnreportedReachIsADashWithItsUpperBound()
    {
        var ranking = Render<CreativeRanking>(parameters => parameters.Add(p => p.Report, Report(null,
            Creative("a", 1, rate: 0.02, p: null, worse: false, fatigued: false),
            Creative("b", 2, rate: 0.0198, p: 0.7, worse: false, fatigued: false))));

        Assert.Equal("No creative is significantly better than all the others yet.", ranking.Find("[data-testid='creative-verdict']").TextContent);
        var reach = ranking.Find("[data-testid='reach-b'] [data-testid='reach']");
        Assert.Equal("—", reach.TextContent);
        Assert.Equal("not reported for this window; daily sum ≤ 1,400", reach.GetAttribute("aria-label"));
        Assert.Contains("not different (p = 0.7)", ranking.Find("[data-testid='versus-b']").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void ReportedReachIsShownAsIs()
    {
        var reach = Render<ReachValue>(parameters => parameters.Add(p => p.Reach, 2_000).Add(p => p.DailySum, 2_000));

        Assert.Equal("2,000", reach.Find("[data-testid='reach']").TextContent);
    }

    private static CreativeInsightReport Report(string? winner, params CreativeInsight[] creatives) =>
        new() { Alpha = 0.05, Winner = winner, Creatives = [.. creatives], Formats = [] };

    private static CreativeInsight Creative(string id, int position, double rate, double? p, bool worse, bool fatigued) => new()
    {
        CreativeId = id,
        Format = "video",
        Totals = new MetricTotals { Impressions = 70_000, Clicks = (long)(rate * 70_000), ReachDailySum = 1_400 },
        Rank = new RankEntry { Key = id, Position = position, Rate = rate, Low = rate - 0.001, High = rate + 0.001, ProbabilityBest = position == 1 ? 0.9 : 0.1, PValueVsBest = p, WorseThanBest = worse },
        Fatigue = new FatigueAssessment
        {
            Fatigued = fatigued,
            Score = fatigued ? 0.56 : 0,
            StartedOn = fatigued ? new Microsoft.Kiota.Abstractions.Date(2026, 11, 20) : null,
            Reason = fatigued ? "CTR fell" : "No fatigue",
            Exposure = "frequency",
        },
        CtrTrend = new Trend { SlopePerDay = -0.0008, Low = -0.001, High = -0.0006, Days = 14 },
    };
}
