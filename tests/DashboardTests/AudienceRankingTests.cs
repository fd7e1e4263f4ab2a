using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Pages.Tenant.Audience;

namespace GrainMarketing.DashboardTests;

public sealed class AudienceRankingTests : DashboardContext
{
    [Fact]
    public void ACostRanksCheapestFirstAndAReturnHighestFirst()
    {
        var segments = new[] { Segment("18-24", spend: 100, conversions: 2, value: 300), Segment("25-34", spend: 100, conversions: 5, value: 200), Segment("35-44", spend: 100, conversions: 4, value: 500) };

        var byCpa = AudienceKpi.Of("cpa").Rank(segments);
        var byRoas = AudienceKpi.Of("roas").Rank(segments);

        Assert.Equal(["25-34", "35-44", "18-24"], byCpa.Select(s => s.Segment));
        Assert.Equal(["35-44", "18-24", "25-34"], byRoas.Select(s => s.Segment));
        Assert.Equal(("asc", "desc"), (AudienceKpi.Of("cpa").BestFirst, AudienceKpi.Of("roas").BestFirst));
    }

    [Fact]
    public void ASegmentWhoseKpiIsUndefinedComesLastInEitherDirection()
    {
        var segments = new[] { Segment("none", spend: 50, conversions: 0, value: 0), Segment("cheap", spend: 10, conversions: 1, value: 5), Segment("dear", spend: 90, conversions: 1, value: 5) };

        Assert.Equal(["cheap", "dear", "none"], AudienceKpi.Of("cpa").Rank(segments).Select(s => s.Segment));
        Assert.Equal(["cheap", "dear", "none"], AudienceKpi.Of("aov").Rank(segments).Select(s => s.Segment));
    }

    [Fact]
    public void AnUnknownKpiInTheUrlRanksBySpend() => Assert.Equal("spend", AudienceKpi.Of("bogus").Metric);

    [Fact]
    public void ThePanelListsSegmentsBestFirstByTheChosenKpiWithItsValue()
    {
        var ranking = new SegmentRanking
        {
            Dimension = "age",
            Segments = [Segment("18-24", spend: 100, conversions: 2, value: 300), Segment("25-34", spend: 100, conversions: 5, value: 200)],
            MissingSources = [],
        };

        var panel = Render<RankingPanel>(parameters => parameters.Add(p => p.Name, "demographic").Add(p => p.Title, "Segments")
            .Add(p => p.Ranking, ranking).Add(p => p.Kpi, AudienceKpi.Of("cpa")).Add(p => p.Currency, "EUR"));

        Assert.Equal(["25-34", "18-24"], panel.FindAll("[data-testid=segment-name]").Select(cell => cell.TextContent));
        Assert.Equal("20.00 EUR", panel.Find("[data-testid='value-25-34']").TextContent);
        Assert.Contains("all are included", panel.Find("[data-testid=comparability-demographic]").TextContent, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryPlatformLeftOutIsNamedWithTheApisReason()
    {
        var text = Comparability.Describe("age,gender",
            [new MissingSource { Platform = "google", Reason = "reports age and gender but never age+gender together" }, new MissingSource { Platform = "tiktok", Reason = "reports no age+gender breakdown" }]);

        Assert.Equal("Not included in these age × gender figures: google (reports age and gender but never age+gender together); tiktok (reports no age+gender breakdown). "
            + "Their numbers are left out rather than mixed in.", text);
        Assert.Null(Comparability.Describe("age", []));
    }

    [Fact]
    public void ThePanelWarnsWhichPlatformItLeavesOut()
    {
        var ranking = new SegmentRanking
        {
            Dimension = "age,gender",
            Segments = [Segment("25-34|female", spend: 10, conversions: 1, value: 20)],
            MissingSources = [new MissingSource { Platform = "google", Reason = "reports no age+gender breakdown" }],
        };

        var panel = Render<RankingPanel>(parameters => parameters.Add(p => p.Name, "demographic").Add(p => p.Title, "Segments")
            .Add(p => p.Ranking, ranking).Add(p => p.Kpi, AudienceKpi.Of("spend")));

        Assert.Contains("google (reports no age+gender breakdown)", panel.Find("[data-testid=comparability-demographic]").TextContent, StringComparison.Ordinal);
        Assert.Equal("25-34 · female", panel.Find("[data-testid=segment-name]").TextContent);
    }

    private static SegmentResponse Segment(string name, double spend, double conversions, double value) => new()
    {
        Segment = name,
        Totals = new MetricTotals { Spend = spend, Conversions = conversions, ConversionValue = value },
        Kpis = new Kpis
        {
            Cpa = conversions == 0 ? null : spend / conversions,
            Roas = spend == 0 ? null : value / spend,
            Aov = conversions == 0 ? null : value / conversions,
        },
    };
}
