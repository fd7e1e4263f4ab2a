using GrainMarketing.Automation;
using GrainMarketing.Insights.Recommendations;
using GrainMarketing.Metrics;
using Xunit.Abstractions;

namespace GrainMarketing.UnitTests.Insights.Recommendations;

/// <summary>The detectors on generated tenants over many seeds: every planted truth found, nothing found on the noise.</summary>
public sealed class PlantedTruthTests(ITestOutputHelper output)
{
    private const int Seeds = 40;
    private static readonly DateOnly To = new(2026, 11, 30);

    [Fact]
    public void EveryPlantedTruthIsRecommendedAndNothingOnTheNoiseOverFortySeeds()
    {
        var detectors = new RecommendationDetectors();
        var (found, planted, raised, falseOnPlanted, falseOnClean) = (0, 0, 0, 0, 0);
        var misses = new List<string>();
        for (var seed = 1; seed <= Seeds; seed++)
        {
            var tenant = PlantedTenant.Generate(seed, planted: true, To);
            var findings = detectors.Detect(tenant.Evidence()).Findings.Select(f => f.Fingerprint).ToHashSet();
            planted += tenant.Truths.Count;
            found += tenant.Truths.Count(findings.Contains);
            raised += findings.Count;
            falseOnPlanted += findings.Count(f => !tenant.Truths.Contains(f));
            misses.AddRange(tenant.Truths.Where(t => !findings.Contains(t)).Select(t => $"seed {seed} missed {t}"));
            misses.AddRange(findings.Where(f => !tenant.Truths.Contains(f)).Select(f => $"seed {seed} raised {f}"));

            var clean = detectors.Detect(PlantedTenant.Generate(seed, planted: false, To).Evidence()).Findings;
            falseOnClean += clean.Count;
            misses.AddRange(clean.Select(f => $"seed {seed} (clean) raised {f.Fingerprint}"));
        }

        var recall = (double)found / planted;
        var precision = (double)(raised - falseOnPlanted) / (raised + falseOnClean);
        output.WriteLine($"{Seeds} planted and {Seeds} clean tenants: recall {recall:0.000} ({found}/{planted}), precision {precision:0.000} ({raised - falseOnPlanted}/{raised + falseOnClean}); false findings {falseOnPlanted} on planted, {falseOnClean} on clean tenants");
        misses.ForEach(output.WriteLine);
        Assert.Equal(planted, found);
        Assert.Equal(0, falseOnPlanted + falseOnClean);
    }

    [Fact]
    public void CampaignsSpendingInAnotherCurrencyAreComparedOnlyWithEachOther()
    {
        // Three of a clean tenant's campaigns report in yen: the same performance, every amount 160 times larger.
        var evidence = PlantedTenant.Generate(5, planted: false, To).Evidence();
        var yen = evidence.Campaigns.Take(3).Select(c => c.Id).ToHashSet(StringComparer.Ordinal);
        TenantEvidence InYen(string? label) => evidence with
        {
            Campaigns = [.. evidence.Campaigns.Select(c => !yen.Contains(c.Id) ? c : c with
            {
                Totals = Yen(c.Totals),
                Days = [.. c.Days.Select(d => d with { Totals = Yen(d.Totals) })],
                Segments = [.. c.Segments.Select(s => s with { Totals = Yen(s.Totals) })],
                Parts = [.. c.Parts.Select(p => p with { Days = [.. p.Days.Select(d => d with { Totals = Yen(d.Totals) })] })],
                Curves = null,
                Currency = label,
            })],
        };

        var labelled = new RecommendationDetectors().Detect(InYen("JPY"));
        var unlabelled = new RecommendationDetectors().Detect(InYen(null));

        Assert.Empty(labelled.Findings);
        Assert.Contains(unlabelled.Findings, f => f.Kind == RecommendationKind.PauseCampaign && yen.Contains(f.Target));
    }

    [Theory]
    [InlineData("OUTCOME_AWARENESS", false)]
    [InlineData("Video views", false)]
    [InlineData("OUTCOME_SALES", true)]
    public void ACampaignBoughtForReachOrViewsIsNotComparedByItsCostPerConversion(string objective, bool judged)
    {
        var evidence = PlantedTenant.Generate(3, planted: true, To).Evidence();

        var run = new RecommendationDetectors().Detect(evidence with
        {
            Campaigns = [.. evidence.Campaigns.Select(c => c.Id == PlantedTenant.BadCampaign ? c with { Objective = objective } : c)],
        });

        Assert.Equal(judged, run.Findings.Any(f => f.Kind == RecommendationKind.PauseCampaign && f.Target == PlantedTenant.BadCampaign));
        Assert.Equal(!judged, run.Unjudged.GetValueOrDefault(PlantedTenant.BadCampaign)?.Contains($"its objective ({objective})", StringComparison.Ordinal) == true);
    }

    private static MetricTotals Yen(MetricTotals totals) => totals with { Spend = totals.Spend * 160, ConversionValue = totals.ConversionValue * 160 };

    [Fact]
    public void TheCampaignWithTooFewConversionsGetsNoRecommendationAndSaysInsufficientData()
    {
        var run = new RecommendationDetectors().Detect(PlantedTenant.Generate(7, planted: true, To).Evidence());

        Assert.DoesNotContain(run.Findings, f => f.Target.StartsWith(PlantedTenant.SmallCampaign, StringComparison.Ordinal));
        Assert.StartsWith("Insufficient data", run.Unjudged[PlantedTenant.SmallCampaign]);
    }

    [Fact]
    public void ThePlantedFindingsCarryTheirEvidenceImpactAndActions()
    {
        var run = new RecommendationDetectors().Detect(PlantedTenant.Generate(3, planted: true, To).Evidence());

        var pause = run.Findings.Single(f => f.Kind == RecommendationKind.PauseCampaign && f.Target == PlantedTenant.BadCampaign);
        Assert.Equal(GrainMarketing.Automation.RuleActionType.Pause, pause.Actions.Single().Type);
        Assert.InRange(pause.Evidence.Figures["cpaRatio"], 1.8, 4.5);
        Assert.Equal("conversions", pause.Impact.Metric);
        Assert.StartsWith("Judged by cost per conversion", pause.Evidence.Test, StringComparison.Ordinal);
        Assert.True(pause.Impact.Lower80 > 0 && pause.Impact.Lower80 <= pause.Impact.Value && pause.Impact.Value <= pause.Impact.Upper80);
        Assert.True(pause.Confidence > 0.95);
        Assert.Equal(pause.Impact.Value * pause.Confidence, pause.Priority, 9);
        var segment = run.Findings.Single(f => f.Kind == RecommendationKind.TargetSegment);
        Assert.InRange(segment.Evidence.Figures["rateRatio"], 1.6, 2.6);
        Assert.Equal("target 25-34 female", segment.Actions.Single().Tag);
        var creative = run.Findings.Single(f => f.Kind == RecommendationKind.RefreshCreative);
        Assert.InRange(creative.Evidence.Figures["score"], 0.3, 0.7);
        Assert.InRange(creative.Evidence.Figures["daysSinceChange"], 7, 13);
        Assert.True(creative.Evidence.PValue < 0.05);
        Assert.True(creative.Impact.Lower80 <= creative.Impact.Value && creative.Impact.Value <= creative.Impact.Upper80 && creative.Impact.Value > 0);
    }

    [Fact]
    public void TheRoasAdSetAndCreativeFindingsSayWhichMeasureJudgedThemAndPauseThatLevel()
    {
        var run = new RecommendationDetectors().Detect(PlantedTenant.Generate(3, planted: true, To).Evidence());

        var roas = run.Findings.Single(f => f.Target == PlantedTenant.RoasCampaign);
        Assert.Equal(RecommendationKind.PauseCampaign, roas.Kind);
        Assert.StartsWith("Judged by ROAS.", roas.Evidence.Test, StringComparison.Ordinal);
        Assert.InRange(roas.Evidence.Figures["roasRatio"], 0.25, 0.42);
        Assert.InRange(roas.Evidence.Figures["cpaRatio"], 0.7, 1.4);
        Assert.Equal("conversionValue", roas.Impact.Metric);
        Assert.True(roas.Impact.Lower80 > 0 && roas.Impact.Lower80 <= roas.Impact.Value && roas.Impact.Value <= roas.Impact.Upper80);

        var adSet = run.Findings.Single(f => f.Kind == RecommendationKind.PauseAdSet);
        Assert.Equal($"{PlantedTenant.AdSetCampaign}/adset/{PlantedTenant.BadAdSet}", adSet.Target);
        Assert.Equal(PlantedTenant.AdSetCampaign, Assert.Single(adSet.Campaigns));
        Assert.InRange(adSet.Evidence.Figures["cpaRatio"], 2, 4.5);
        Assert.Equal(RuleActionType.Pause, adSet.Actions.Single().Type);

        var creative = run.Findings.Single(f => f.Kind == RecommendationKind.PauseCreative);
        Assert.Equal($"{PlantedTenant.CreativeCampaign}/creative/{PlantedTenant.BadCreative}", creative.Target);
        Assert.InRange(creative.Evidence.Figures["cpaRatio"], 2, 4.5);
        Assert.Contains("the other creatives of its ad set", creative.Explanation, StringComparison.Ordinal);
        Assert.DoesNotContain(run.Findings, f => f.Target.StartsWith($"{PlantedTenant.AdSetCampaign}/creative/", StringComparison.Ordinal));
    }

    [Fact]
    public void TheScaleShiftAndDaypartFindingsCarryTheirEvidenceImpactAndActions()
    {
        var evidence = PlantedTenant.Generate(3, planted: true, To).Evidence();
        var current = evidence.Campaigns.Where(c => c.Curves?.Conversions is not null).ToDictionary(c => c.Id, c => (decimal)c.Curves!.CurrentDailySpend);
        var run = new RecommendationDetectors().Detect(evidence);

        var scale = run.Findings.Single(f => f.Kind == RecommendationKind.ScaleCampaign);
        Assert.Equal(PlantedResponses.Winner, scale.Target);
        var raise = scale.Actions.Single();
        Assert.Equal(RuleActionType.SetBudget, raise.Type);
        Assert.InRange(raise.Amount!.Value, current[PlantedResponses.Winner] * 1.01m, (current[PlantedResponses.Winner] * 1.5m) + 0.01m);
        Assert.True(scale.Evidence.Figures["marginalLower80"] > ScaleWinnerDetector.Margin * scale.Evidence.Figures["tenantConversionsPerSpend"]);
        Assert.True(scale.Impact.Lower80 > 0 && scale.Impact.Lower80 <= scale.Impact.Value && scale.Impact.Value <= scale.Impact.Upper80);

        var shift = run.Findings.Single(f => f.Kind == RecommendationKind.ShiftBudget);
        var budgets = shift.PerCampaign!.ToDictionary(m => m.Campaign, m => m.Actions.Single(a => a.Type == RuleActionType.SetBudget).Amount!.Value);
        Assert.Empty(shift.Actions);
        Assert.Equal(shift.Campaigns.Order(StringComparer.Ordinal), budgets.Keys.Order(StringComparer.Ordinal));
        Assert.True(budgets[PlantedResponses.Saturated] < current[PlantedResponses.Saturated]);
        Assert.True(budgets[PlantedResponses.Winner] > current[PlantedResponses.Winner]);
        Assert.InRange(budgets.Sum(b => b.Value - current[b.Key]), -0.01m * current.Values.Sum(), 0.01m * current.Values.Sum());
        Assert.True(shift.Impact.Lower80 > 0);

        var daypart = run.Findings.Single(f => f.Kind == RecommendationKind.Daypart);
        Assert.Equal(PlantedTenant.EveningCampaign, daypart.Target);
        Assert.Equal("daypart 18-24", daypart.Actions.Single().Tag);
        Assert.InRange(daypart.Evidence.Figures["betterConversionsPerSpend"] / daypart.Evidence.Figures["otherConversionsPerSpend"], 1.5, 2.7);
    }

    [Fact]
    public void ACampaignWithoutAResponseCurveIsNotJudgedForScalingAndSaysWhy()
    {
        var run = new RecommendationDetectors().Detect(PlantedTenant.Generate(5, planted: true, To).Evidence());

        Assert.DoesNotContain(run.Findings, f => f.Kind == RecommendationKind.ScaleCampaign && f.Target == "meta:c01");
        Assert.Contains("Insufficient data to judge scaling it: no response curve (spendVariation", run.Unjudged["meta:c01"], StringComparison.Ordinal);
    }
}
