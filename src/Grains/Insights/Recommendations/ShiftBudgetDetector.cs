using GrainMarketing.Automation;
using GrainMarketing.Insights.Budget;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Recommends moving budget between campaigns as the budget optimiser splits today's total on their response curves, when the gain is surely positive and material.</summary>
/// <remarks>
/// Every live campaign with a conversions curve takes part; the total is what they spend now, and no budget moves more
/// than <see cref="MaxChangePercent"/>% (the curves are known only near the spend they saw). The gain is paired draw by
/// draw across the campaigns' bootstrap refits, as <see cref="BudgetPlanner"/> computes it. A finding needs the gain's 80%
/// interval above zero, the gain at or below zero in at most <see cref="MaxPValue"/> of the refits, and a gain of at least
/// <see cref="MinimumGainShare"/> of the current outcome: the split is chosen on the point fits, so it exploits their noise
/// and the refits, centred on those fits, see that noise as gain. One recommendation per tenant and currency its campaigns
/// spend in: target <see cref="Target"/> for the tenant's currency, <c>budget:USD</c> for another.
/// </remarks>
public sealed class ShiftBudgetDetector : IRecommendationDetector
{
    public const string Target = "budget";
    public const decimal MaxChangePercent = 50;
    public const double MinimumGainShare = 0.05;
    public const double MaxPValue = 0.05;
    public const double MinimumMove = 0.01;

    public bool ComparesCampaigns => true;

    public DetectorRun Detect(TenantEvidence tenant)
    {
        var inputs = tenant.Campaigns
            .Where(c => c.Status != CampaignStatus.Paused && c.Curves?.Conversions is not null && c.Curves.CurrentDailySpend > 0)
            .Select(c => new PlanInput(c.Id, c.Curves!.CurrentDailySpend, c.Curves.Conversions, null))
            .ToList();
        if (inputs.Count < 2)
        {
            return DetectorRun.Empty;
        }

        var total = Math.Round((decimal)inputs.Sum(i => i.Current), 2, MidpointRounding.AwayFromZero);
        var request = new BudgetRequest(total, BudgetObjective.Conversions, [], new Dictionary<string, BudgetBounds>(StringComparer.Ordinal), MaxChangePercent);
        var proposal = BudgetPlanner.Plan(request, inputs, Guid.Empty, DateTimeOffset.UnixEpoch, TimeSpan.Zero);
        var moves = proposal.Campaigns.Where(c => Math.Abs(c.ProposedBudget - c.CurrentBudget) >= Math.Max(0.01m, (decimal)MinimumMove * c.CurrentBudget)).ToList();
        if (proposal.Gain.Lower80 <= 0 || proposal.Gain.Value < MinimumGainShare * proposal.CurrentOutcome.Value || moves.Count < 2)
        {
            return DetectorRun.Empty;
        }

        var p = GainPValue(inputs, proposal);
        return p <= MaxPValue ? new DetectorRun([Finding(tenant, inputs, proposal, moves, p)], new Dictionary<string, string>()) : DetectorRun.Empty;
    }

    /// <summary>The share of paired refits in which the split gains nothing, as a bootstrap p-value ((1 + count) / (draws + 1)).</summary>
    private static double GainPValue(List<PlanInput> inputs, BudgetProposal proposal)
    {
        var budgets = proposal.Campaigns.ToDictionary(c => c.Campaign, c => ((double)c.CurrentBudget, (double)c.ProposedBudget), StringComparer.Ordinal);
        var draws = inputs.Min(i => i.Curve!.Draws.Count);
        var losing = Enumerable.Range(0, draws).Count(b => inputs.Sum(i =>
        {
            var (current, proposed) = budgets[i.Campaign];
            return i.Curve!.Draws[b].Value(proposed) - i.Curve.Draws[b].Value(current);
        }) <= 0);
        return (1.0 + losing) / (draws + 1);
    }

    private static Finding Finding(TenantEvidence tenant, List<PlanInput> inputs, BudgetProposal proposal, List<CampaignAllocation> moves, double p)
    {
        var gain = proposal.Gain;
        var moved = (double)moves.Where(m => m.ProposedBudget > m.CurrentBudget).Sum(m => m.ProposedBudget - m.CurrentBudget);
        var from = inputs.Min(i => tenant.Campaigns.First(c => c.Id == i.Campaign).Curves!.From);
        var evidence = new RecommendationEvidence(
            $"The budget optimiser's split of the {Figures.Money((double)proposal.TotalDailyBudget)} a day the {inputs.Count} campaigns with a response curve spend now, each budget within ±{MaxChangePercent}%, against the current split; the gain paired draw by draw across the curves' bootstrap refits. H0: the split gains nothing (bootstrap p: the share of refits in which it does not). A finding needs the gain's 80% interval above zero, p at most {MaxPValue} and a gain of at least {Figures.Percent(MinimumGainShare)} of the current outcome.",
            from, tenant.To, p, p, 1,
            Figures.Of(("campaigns", inputs.Count), ("totalDailyBudget", (double)proposal.TotalDailyBudget), ("movedDailySpend", moved),
                ("currentDailyConversions", proposal.CurrentOutcome.Value), ("proposedDailyConversions", proposal.ProposedOutcome.Value),
                ("dailyGain", gain.Value), ("dailyGainLower80", gain.Lower80), ("dailyGainUpper80", gain.Upper80),
                ("equalisedMarginalReturn", proposal.EqualisedMarginalReturn?.Value ?? double.NaN)));
        var impact = new RecommendationImpact("conversions", 7 * gain.Value, 7 * gain.Lower80, 7 * gain.Upper80,
            $"{Figures.Money(moved)} a day moved between {moves.Count} campaigns, the total unchanged, read off their fitted curves and refits.");
        var lines = string.Join("; ", moves.OrderBy(m => m.ProposedBudget - m.CurrentBudget)
            .Select(m => $"{m.Campaign} {Figures.Money((double)m.CurrentBudget)} → {Figures.Money((double)m.ProposedBudget)}"));
        var explanation = $"The campaigns' response curves say the same {Figures.Money((double)proposal.TotalDailyBudget)} a day would buy more split differently: {lines}. "
            + $"{proposal.Reasoning} In a week that is about {Figures.Count(impact.Value)} more conversions (80% interval {Figures.Count(impact.Lower80)} to {Figures.Count(impact.Upper80)}); "
            + $"the split gained nothing in {Figures.Percent(p)} of the refits.";
        return new Finding(RecommendationKind.ShiftBudget, tenant.Currency is { } currency ? $"{Target}:{currency}" : Target, [.. moves.Select(m => m.Campaign)],
            $"Shift {Figures.Money(moved)} a day between {moves.Count} campaigns: about {Figures.Count(impact.Value)} more conversions a week",
            explanation, evidence, impact, 1 - p, [],
            [.. moves.Select(m => new CampaignActions(m.Campaign, [new RuleAction(RuleActionType.SetBudget, Amount: m.ProposedBudget)]))]);
    }
}
