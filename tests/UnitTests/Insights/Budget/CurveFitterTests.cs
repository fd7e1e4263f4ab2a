using GrainMarketing.Insights.Budget;

namespace GrainMarketing.UnitTests.Insights.Budget;

public sealed class CurveFitterTests
{
    [Fact]
    public void TheFitRecoversAKnownCurveWithinTenPercentAcrossTheSpendSeen()
    {
        var truth = new HillParameters(Max: 80, HalfSaturation: 400, Shape: 1.2, CarryOver: 0.3);
        var campaign = SyntheticCampaign.Generate("c", truth, budget: 350, new Random(7));

        var fit = CurveFitter.Fit(campaign.Data, CurveFitter.CarryOvers);

        foreach (var spend in new[] { 200.0, 350, 500 })
        {
            Assert.InRange(fit.Parameters.Value(spend) / truth.Value(spend), 0.9, 1.1);
        }

        Assert.InRange(fit.Parameters.CarryOver, 0.1, 0.5);
    }

    [Fact]
    public void WeekdayMultipliersFollowTheWeeklySeason()
    {
        var truth = new HillParameters(120, 300, 0.8, 0);
        var campaign = SyntheticCampaign.Generate("c", truth, budget: 300, new Random(11), noise: 0.05);

        var fit = CurveFitter.Fit(campaign.Data, CurveFitter.CarryOvers);

        for (var weekday = 0; weekday < 7; weekday++)
        {
            Assert.InRange(fit.WeekdayMultipliers[weekday], SyntheticCampaign.Weekly7[weekday] - 0.06, SyntheticCampaign.Weekly7[weekday] + 0.06);
        }
    }

    [Fact]
    public void TheCurveBeatsTheConstantRateBaselineOnHeldOutDaysWhenSpendSaturates()
    {
        var truth = new HillParameters(60, 150, 1.0, 0.2);
        var campaign = SyntheticCampaign.Generate("c", truth, budget: 400, new Random(3), swing: 0.7);
        var fit = CurveFitter.Fit(campaign.Data, CurveFitter.CarryOvers);

        var quality = ResponseCurveEstimator.Quality(campaign.Data, fit);

        Assert.True(quality.RSquared > 0.5, $"R² {quality.RSquared}");
        Assert.True(quality.HoldoutWape < quality.BaselineHoldoutWape, $"{quality.HoldoutWape} vs {quality.BaselineHoldoutWape}");
    }

    [Fact]
    public void BootstrapDrawsAreSeeded()
    {
        var campaign = SyntheticCampaign.Generate("c", new HillParameters(50, 250, 1.0, 0.2), budget: 250, new Random(5));

        var first = ResponseCurveEstimator.Estimate(BudgetObjective.Conversions, campaign.Data, 250, seed: 42);
        var again = ResponseCurveEstimator.Estimate(BudgetObjective.Conversions, campaign.Data, 250, seed: 42);

        Assert.Equal(first.AtCurrentSpend, again.AtCurrentSpend);
        Assert.Equal(ResponseCurveEstimator.Draws, first.Draws.Count);
        Assert.True(first.Marginal.Lower80 < first.Marginal.Upper80);
        Assert.Equal(ResponseCurveEstimator.CurvePoints, first.Points.Count);
    }

    /// <summary>An 80% interval should miss about one campaign in five: at least five of eight must hold the truth (6.4 expected).</summary>
    [Fact]
    public void EightyPercentIntervalsAtTheBudgetHoldTheTrueOutcomeForMostCampaigns()
    {
        var campaigns = SyntheticCampaign.Portfolio();

        var held = campaigns.Count(c =>
        {
            var curve = ResponseCurveEstimator.Estimate(BudgetObjective.Conversions, c.Data, c.Budget, seed: 1);
            return curve.AtCurrentSpend.Lower80 <= c.Truth.Value(c.Budget) && c.Truth.Value(c.Budget) <= curve.AtCurrentSpend.Upper80;
        });

        Assert.True(held >= 5, $"{held} of {campaigns.Count} intervals hold the true outcome");
    }

    [Fact]
    public void ACampaignWithAFlatBudgetOrAShortHistoryIsNamedWithTheReason()
    {
        var truth = new HillParameters(50, 250, 1.0, 0);
        var flat = SyntheticCampaign.Generate("flat", truth, budget: 250, new Random(1), swing: 0);
        var young = SyntheticCampaign.Generate("young", truth, budget: 250, new Random(1), days: 9);

        var flatMissing = CurveRequirements.Missing(flat.Data, "conversions");
        var youngMissing = CurveRequirements.Missing(young.Data, "conversions");

        Assert.Equal(["spendVariation"], flatMissing.Keys);
        Assert.Equal("28 days with spend needed, 9 recorded", youngMissing["days"]);
        Assert.Contains("conversions", youngMissing.Keys);
    }
}
