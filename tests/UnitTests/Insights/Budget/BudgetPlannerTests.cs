using GrainMarketing.Errors;
using GrainMarketing.Insights.Budget;
using Xunit.Abstractions;

namespace GrainMarketing.UnitTests.Insights.Budget;

public sealed class BudgetPlannerTests(ITestOutputHelper output)
{
    private static readonly DateTimeOffset Now = new(2026, 9, 7, 12, 0, 0, TimeSpan.Zero);

    /// <summary>
    /// Eight generated campaigns with known curves, one far past saturation (budget 8× its half-saturation), noise and
    /// weekly seasonality, fitted from their own days; the plan's split judged on the true curves.
    /// </summary>
    [Theory]
    [InlineData(null)]
    [InlineData(30.0)]
    public void ThePlanReachesNinetySevenPercentOfTheTrueOptimumAndBeatsTheCurrentSplit(double? maxChangePercent)
    {
        var campaigns = SyntheticCampaign.Portfolio();
        var inputs = campaigns.Select(c => new PlanInput(c.Id, c.Budget, ResponseCurveEstimator.Estimate(BudgetObjective.Conversions, c.Data, c.Budget, seed: 1), null)).ToList();
        var total = campaigns.Sum(c => c.Budget);
        var request = new BudgetRequest((decimal)total, BudgetObjective.Conversions, [], new Dictionary<string, BudgetBounds>(), (decimal?)maxChangePercent);

        var plan = BudgetPlanner.Plan(request, inputs, Guid.NewGuid(), Now, TimeSpan.FromHours(1));

        var truth = campaigns.ToDictionary(c => c.Id);
        var achieved = plan.Campaigns.Sum(a => truth[a.Campaign].Truth.Value((double)a.ProposedBudget));
        var current = campaigns.Sum(c => c.Truth.Value(c.Budget));
        var optimum = TrueOptimum(campaigns, total, maxChangePercent);
        Assert.True(achieved >= 0.97 * optimum, $"achieved {achieved:F2} of optimum {optimum:F2}");
        output.WriteLine(FormattableString.Invariant($"maxChangePercent {maxChangePercent}: plan {achieved:F2}, true optimum {optimum:F2} ({achieved / optimum:P2}), current split {current:F2}; expected gain {plan.Gain.Value:F2} [{plan.Gain.Lower80:F2}, {plan.Gain.Upper80:F2}], true gain {achieved - current:F2}"));
        Assert.True(achieved > current, $"achieved {achieved:F2}, current split {current:F2}");
        Assert.True(plan.Gain.Lower80 <= plan.Gain.Value && plan.Gain.Value <= plan.Gain.Upper80);
        Assert.True(plan.Gain.Value > 0);
        Assert.True((double)plan.Campaigns.Single(a => a.Campaign == "saturated").ProposedBudget < truth["saturated"].Budget);
    }

    [Fact]
    public void ACampaignWithoutACurveIsHeldAtItsBudgetAndSaysWhy()
    {
        var campaigns = SyntheticCampaign.Portfolio().Take(3).ToList();
        var inputs = campaigns.Select(c => new PlanInput(c.Id, c.Budget, ResponseCurveEstimator.Estimate(BudgetObjective.Conversions, c.Data, c.Budget, 1), null))
            .Append(new PlanInput("young", 75, null, "days: 28 days with spend needed, 9 recorded"))
            .ToList();
        var request = new BudgetRequest((decimal)(campaigns.Sum(c => c.Budget) + 75), BudgetObjective.Conversions, [], new Dictionary<string, BudgetBounds>(), null);

        var plan = BudgetPlanner.Plan(request, inputs, Guid.NewGuid(), Now, TimeSpan.FromHours(1));

        var young = plan.Campaigns.Single(a => a.Campaign == "young");
        Assert.Equal(75m, young.ProposedBudget);
        Assert.Equal("held", young.Binding);
        Assert.Contains("28 days with spend needed", young.Reason);
        Assert.Contains("young", plan.Reasoning);
        Assert.Contains("equalises marginal returns", plan.Reasoning);
    }

    [Fact]
    public void ATotalTheLimitsCannotMeetNamesTheTotal()
    {
        var campaign = SyntheticCampaign.Portfolio()[0];
        var inputs = new[] { new PlanInput(campaign.Id, 100, ResponseCurveEstimator.Estimate(BudgetObjective.Conversions, campaign.Data, 100, 1), null) };
        var request = new BudgetRequest(500, BudgetObjective.Conversions, [], new Dictionary<string, BudgetBounds>(), 20);

        var refused = Assert.Throws<ValidationFailedException>(() => BudgetPlanner.Plan(request, inputs, Guid.NewGuid(), Now, TimeSpan.FromHours(1)));

        Assert.Contains("between 80.00 and 120.00", refused.Errors["totalDailyBudget"][0]);
    }

    [Fact]
    public void AMinimumAboveWhatTheChangeLimitAllowsNamesTheCampaign()
    {
        var campaign = SyntheticCampaign.Portfolio()[0];
        var inputs = new[] { new PlanInput(campaign.Id, 100, ResponseCurveEstimator.Estimate(BudgetObjective.Conversions, campaign.Data, 100, 1), null) };
        var bounds = new Dictionary<string, BudgetBounds> { [campaign.Id] = new(Min: 200, Max: null) };
        var request = new BudgetRequest(200, BudgetObjective.Conversions, [], bounds, 20);

        var refused = Assert.Throws<ValidationFailedException>(() => BudgetPlanner.Plan(request, inputs, Guid.NewGuid(), Now, TimeSpan.FromHours(1)));

        Assert.Contains($"constraints.perCampaign.{campaign.Id}", refused.Errors.Keys);
    }

    /// <summary>The best split on the true curves, by the same optimiser, with the same change limit.</summary>
    private static double TrueOptimum(List<SyntheticCampaign> campaigns, double total, double? maxChangePercent)
    {
        var change = (maxChangePercent ?? 1e9) / 100;
        var candidates = campaigns.Select(c => new BudgetCandidate(
            c.Id, c.Budget, new BudgetLimit(Math.Max(0, c.Budget * (1 - change)), "x"), new BudgetLimit(Math.Min(total, c.Budget * (1 + change)), "x"), c.Truth)).ToList();
        return BudgetOptimizer.Optimize(candidates, total).Sum(a => a.Candidate.Curve.Value(a.Proposed));
    }
}
