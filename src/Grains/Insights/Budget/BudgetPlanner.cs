using GrainMarketing.Errors;

namespace GrainMarketing.Insights.Budget;

/// <summary>Turns a budget request and the campaigns' curves into a proposal: the optimal split, each side's expected outcome, the gain and why.</summary>
/// <remarks>
/// Campaigns without a curve keep their budget, which comes off the total first. The others move within their
/// limits (min, max, and maxChangePercent around the current budget) as <see cref="BudgetOptimizer"/> splits the rest.
/// Outcomes and the gain are read from every bootstrap draw; the gain is paired draw by draw (draw b of every
/// campaign together), so the interval is that of the difference, not of two independent sums.
/// </remarks>
public static class BudgetPlanner
{
    public static BudgetProposal Plan(BudgetRequest request, IReadOnlyList<PlanInput> inputs, Guid id, DateTimeOffset now, TimeSpan lifetime)
    {
        var total = (double)request.TotalDailyBudget;
        var fitted = inputs.Where(i => i.Curve is not null).ToList();
        var held = inputs.Where(i => i.Curve is null).ToList();
        var candidates = Candidates(request, fitted, total);
        var free = total - held.Sum(h => h.Current);
        var (low, high) = (candidates.Sum(c => c.Lower.Value), candidates.Sum(c => c.Upper.Value));
        if (free < low - 0.005 || free > high + 0.005)
        {
            throw ValidationFailed("totalDailyBudget", FormattableString.Invariant(
                $"With {held.Count} campaign(s) held at {total - free:0.00} and the limits given, the total must lie between {total - free + low:0.00} and {total - free + high:0.00}."));
        }

        var allocations = BudgetOptimizer.Optimize(candidates, Math.Clamp(free, low, high));
        var curves = fitted.ToDictionary(f => f.Campaign, f => f.Curve!, StringComparer.Ordinal);
        var rows = allocations.Select(a => Row(a, curves[a.Candidate.Campaign])).Concat(held.Select(Held)).ToList();
        var draws = fitted.Select(f => f.Curve!.Draws.Count).DefaultIfEmpty(0).Min();
        var current = Sum(allocations, curves, draws, proposed: false);
        var proposed = Sum(allocations, curves, draws, proposed: true);
        var gain = Percentiles.Of(proposed.Value - current.Value, Enumerable.Range(0, draws).Select(b => Gain(allocations, curves, b)));
        var equalised = Equalised(allocations, curves, draws);
        return new BudgetProposal(
            id, request.Objective, request.TotalDailyBudget, Cents(inputs.Sum(i => i.Current)), rows, current, proposed, gain, equalised,
            BudgetReasoning.Explain(request.Objective, allocations, held, equalised, gain), now, now + lifetime);
    }

    private static List<BudgetCandidate> Candidates(BudgetRequest request, List<PlanInput> fitted, double total)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var candidates = new List<BudgetCandidate>(fitted.Count);
        var change = request.MaxChangePercent is { } percent ? (double)percent / 100 : (double?)null;
        foreach (var input in fitted)
        {
            var bounds = request.PerCampaign.GetValueOrDefault(input.Campaign);
            var lower = new BudgetLimit(0, "none");
            var upper = new BudgetLimit(total, "none");
            if (bounds?.Min is { } min)
            {
                lower = new BudgetLimit((double)min, "min");
            }

            if (bounds?.Max is { } max)
            {
                upper = new BudgetLimit((double)max, "max");
            }

            if (change is { } c && input.Current * (1 - c) > lower.Value)
            {
                lower = new BudgetLimit(input.Current * (1 - c), "maxChangePercent");
            }

            if (change is { } d && input.Current * (1 + d) < upper.Value)
            {
                upper = new BudgetLimit(input.Current * (1 + d), "maxChangePercent");
            }

            if (lower.Value > upper.Value)
            {
                errors[$"constraints.perCampaign.{input.Campaign}"] = [FormattableString.Invariant(
                    $"Its {lower.Source} ({lower.Value:0.00}) lies above its {upper.Source} ({upper.Value:0.00}) for a current budget of {input.Current:0.00}.")];
            }

            candidates.Add(new BudgetCandidate(input.Campaign, input.Current, lower, upper, input.Curve!.Fitted));
        }

        return errors.Count > 0 ? throw new ValidationFailedException(errors) : candidates;
    }

    private static CampaignAllocation Row(Allocation allocation, ResponseCurve curve)
    {
        var (candidate, proposed) = (allocation.Candidate, allocation.Proposed);
        return new CampaignAllocation(
            candidate.Campaign, Cents(candidate.Current), Cents(proposed),
            Percentiles.Of(curve.Fitted.Value(candidate.Current), curve.Draws.Select(d => d.Value(candidate.Current))),
            Percentiles.Of(curve.Fitted.Value(proposed), curve.Draws.Select(d => d.Value(proposed))),
            Percentiles.Of(curve.Fitted.Marginal(proposed), curve.Draws.Select(d => d.Marginal(proposed))),
            allocation.Binding, BudgetReasoning.Campaign(allocation));
    }

    private static CampaignAllocation Held(PlanInput input) =>
        new(input.Campaign, Cents(input.Current), Cents(input.Current), null, null, null, "held", $"Held at its budget: {input.Unfitted}");

    private static Estimate Sum(IReadOnlyList<Allocation> allocations, Dictionary<string, ResponseCurve> curves, int draws, bool proposed)
    {
        double At(Allocation a) => proposed ? a.Proposed : a.Candidate.Current;
        var value = allocations.Sum(a => curves[a.Candidate.Campaign].Fitted.Value(At(a)));
        return Percentiles.Of(value, Enumerable.Range(0, draws).Select(b => allocations.Sum(a => curves[a.Candidate.Campaign].Draws[b].Value(At(a)))));
    }

    private static double Gain(IReadOnlyList<Allocation> allocations, Dictionary<string, ResponseCurve> curves, int draw) =>
        allocations.Sum(a => curves[a.Candidate.Campaign].Draws[draw].Value(a.Proposed) - curves[a.Candidate.Campaign].Draws[draw].Value(a.Candidate.Current));

    /// <summary>The median marginal return at the proposal over campaigns at no limit, the same median in each draw for its interval.</summary>
    private static Estimate? Equalised(IReadOnlyList<Allocation> allocations, Dictionary<string, ResponseCurve> curves, int draws)
    {
        var free = allocations.Where(a => a.Binding is null).ToList();
        if (free.Count == 0)
        {
            return null;
        }

        double Median(Func<Allocation, double> marginal) => MathNet.Numerics.Statistics.Statistics.Median(free.Select(marginal));
        return Percentiles.Of(
            Median(a => curves[a.Candidate.Campaign].Fitted.Marginal(a.Proposed)),
            Enumerable.Range(0, draws).Select(b => Median(a => curves[a.Candidate.Campaign].Draws[b].Marginal(a.Proposed))));
    }

    private static decimal Cents(double amount) => Math.Round((decimal)amount, 2, MidpointRounding.AwayFromZero);

    private static ValidationFailedException ValidationFailed(string field, string reason) =>
        new(new Dictionary<string, string[]>(StringComparer.Ordinal) { [field] = [reason] });
}
