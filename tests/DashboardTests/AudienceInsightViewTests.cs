using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Pages.Tenant.Audience;

namespace GrainMarketing.DashboardTests;

public sealed class AudienceInsightViewTests : DashboardContext, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's chips hold services that only dispose asynchronously.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    [Fact]
    public void ACpaReadsWithItsIntervalOnlyWhenTheApiGaveOne()
    {
        Assert.Equal("12.30 EUR (10.10–14.90)", AudienceInsightView.Cpa(new KpiEstimate { Value = 12.3, Low = 10.1, High = 14.9 }, "EUR"));
        Assert.Equal("40.00 EUR", AudienceInsightView.Cpa(new KpiEstimate { Value = 40 }, "EUR"));
        Assert.Equal("—", AudienceInsightView.Cpa(new KpiEstimate(), "EUR"));
        Assert.Equal("3.20× (2.80–3.60)", AudienceInsightView.Roas(new KpiEstimate { Value = 3.2, Low = 2.8, High = 3.6 }));
    }

    [Fact]
    public void VerdictsNameTheAdjustedPValueAndThinSegmentsAreNotJudged()
    {
        Assert.Equal("better (p < 0.001)", AudienceInsightView.Verdict(new SegmentComparison { Verdict = "better", AdjustedPValue = 0.0002 }));
        Assert.Equal("no difference (p 0.412)", AudienceInsightView.Verdict(new SegmentComparison { Verdict = "not-different", AdjustedPValue = 0.4123 }));
        Assert.Equal("too few conversions", AudienceInsightView.Verdict(new SegmentComparison { Verdict = "insufficient" }));
    }

    [Fact]
    public void TheTrendHasAPointPerIsoWeekAGapWhereTheKpiIsUndefinedAndMarksCutWeeks()
    {
        var segment = new AudienceSegmentInsight
        {
            Segment = "25-34|female",
            Weeks =
            [
                new AudienceWeek { Week = "2026-W48", Days = 5, Kpis = new Kpis { Cpa = 20, Roas = 3 } },
                new AudienceWeek { Week = "2026-W49", Days = 7, Kpis = new Kpis { Cpa = null, Roas = 0 } },
                new AudienceWeek { Week = "2026-W50", Days = 7, Kpis = new Kpis { Cpa = 25, Roas = 2.5 } },
            ],
        };

        var (labels, series) = AudienceInsightView.Trend(segment, "cpa");

        Assert.Equal(["W48 (5 d)", "W49", "W50"], labels);
        var only = Assert.Single(series);
        Assert.Equal("CPA, 25-34 · female", only.Name);
        Assert.Equal(new double?[] { 20, null, 25 }, segment.Weeks.Select(w => AudienceInsightView.KpiOf(w, "cpa")));
        Assert.Equal(new double?[] { 3, 0, 2.5 }, segment.Weeks.Select(w => AudienceInsightView.KpiOf(w, "roas")));
        Assert.True(AudienceInsightView.Drawable(segment, "cpa"));
        Assert.False(AudienceInsightView.Drawable(segment, "ctr"));
    }

    [Fact]
    public void ASaturatingSegmentReadsWithItsElasticityAndHowMuchSpendRose()
    {
        var segment = new AudienceSegmentInsight
        {
            Segment = "running",
            Saturation = new SaturationAssessment { Elasticity = 1.16, Low = 0.88, High = 1.44, SpendChange = 1.8796, AdjustedPValue = 0.0004, Saturating = true },
        };

        Assert.Equal("running: CPA elasticity 1.16 (0.88–1.44), spend up 88% in the later half of the weeks, adjusted p < 0.001", AudienceInsightView.Saturation(segment));
    }

    [Fact]
    public void ASignificantVerdictIsAColouredChipAndAnInsufficientOneIsPlainText()
    {
        var better = Render<Verdict>(p => p.Add(v => v.Comparison, new SegmentComparison { Verdict = "better", AdjustedPValue = 0.01 }).Add(v => v.TestId, "v"));
        var thin = Render<Verdict>(p => p.Add(v => v.Comparison, new SegmentComparison { Verdict = "insufficient" }).Add(v => v.TestId, "v"));

        Assert.Contains("mud-chip-color-success", better.Markup, StringComparison.Ordinal);
        Assert.Equal("better (p 0.01)", better.Find("[data-testid=v]").TextContent.Trim());
        Assert.DoesNotContain("mud-chip", thin.Markup, StringComparison.Ordinal);
        Assert.Equal("too few conversions", thin.Find("[data-testid=v]").TextContent.Trim());
    }
}
