using System.Globalization;

namespace GrainMarketing.Insights.Budget;

/// <summary>The proposal's reasoning in words: where marginal returns were equalised, which limits bind for whom, who is held and why.</summary>
public static class BudgetReasoning
{
    public static string Explain(BudgetObjective objective, IReadOnlyList<Allocation> allocations, IReadOnlyList<PlanInput> held, Estimate? equalised, Estimate gain)
    {
        var unit = objective == BudgetObjective.Conversions ? "conversions" : "conversion value";
        var parts = new List<string>();
        if (allocations.Count == 0)
        {
            parts.Add("No campaign has a response curve, so every budget stays as it is.");
        }
        else if (equalised is { } marginal)
        {
            parts.Add(Invariant($"The split equalises marginal returns: on every campaign not at a limit the next unit of spend buys {marginal.Value:0.####} {unit} (80% interval {marginal.Lower80:0.####}-{marginal.Upper80:0.####})."));
        }
        else
        {
            parts.Add("Every campaign stopped at one of its limits, so the limits, not the curves, set the split.");
        }

        foreach (var group in allocations.Where(a => a.Binding is not null).GroupBy(a => a.Binding!))
        {
            parts.Add($"{Limit(group.Key)} binds for {string.Join(", ", group.Select(a => a.Candidate.Campaign))}.");
        }

        if (held.Count > 0)
        {
            parts.Add($"Held at their budgets without a curve: {string.Join("; ", held.Select(h => $"{h.Campaign} ({h.Unfitted})"))}.");
        }

        if (allocations.Count > 0)
        {
            parts.Add(Invariant($"Expected gain over the current split: {gain.Value:0.##} {unit} a day (80% interval {gain.Lower80:0.##} to {gain.Upper80:0.##})."));
        }

        return string.Join(" ", parts);
    }

    /// <summary>One campaign's line: which way it moves and what stopped it.</summary>
    public static string Campaign(Allocation allocation)
    {
        var (candidate, proposed) = (allocation.Candidate, allocation.Proposed);
        var direction = Math.Abs(proposed - candidate.Current) < 0.005 ? "Unchanged"
            : proposed > candidate.Current ? "Raised: its next unit of spend returns more than the others'"
            : "Lowered: its last unit of spend returned less than the others'";
        return allocation.Binding is { } binding
            ? Invariant($"{direction}; stopped at its {Limit(binding).ToLowerInvariant()} ({(proposed >= candidate.Upper.Value - 0.005 ? candidate.Upper.Value : candidate.Lower.Value):0.00}).")
            : $"{direction}; its marginal return now equals the others'.";
    }

    private static string Limit(string source) => source switch
    {
        "min" => "The minimum",
        "max" => "The maximum",
        "maxChangePercent" => "The change limit (maxChangePercent)",
        _ => source,
    };

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
