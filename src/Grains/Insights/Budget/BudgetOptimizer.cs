namespace GrainMarketing.Insights.Budget;

/// <summary>Splits a daily budget across campaigns to maximise the sum of their response curves, each within its limits.</summary>
/// <remarks>
/// Greedy water-filling in steps of 1/<see cref="Steps"/> of the money to place: every campaign starts at its lower
/// limit and each step goes where it buys the most. On concave curves this equalises marginal returns to within a
/// step, which is the optimum (the Lagrange condition). An S-shaped curve (shape above 1) is convex below its
/// inflection, where one step shows little gain though several show much: each campaign's offer is the best average
/// gain over 1, 2, 4 … 512 steps, and the winner takes that whole jump, so greed does not stall at the foot of an S.
/// </remarks>
public static class BudgetOptimizer
{
    public const int Steps = 4000;
    private const int MaxJump = 512;

    /// <summary>The split of <paramref name="total"/> (which must lie between the sums of the lower and upper limits).</summary>
    public static IReadOnlyList<Allocation> Optimize(IReadOnlyList<BudgetCandidate> candidates, double total)
    {
        var spend = candidates.Select(c => c.Lower.Value).ToArray();
        var remaining = total - spend.Sum();
        var step = Math.Max(remaining / Steps, 0.001);
        var offers = new PriorityQueue<(int Index, int Jump), double>();
        for (var i = 0; i < candidates.Count; i++)
        {
            Offer(offers, candidates[i], i, spend[i], step, remaining);
        }

        while (remaining > 1e-9 && offers.TryDequeue(out var offer, out _))
        {
            var candidate = candidates[offer.Index];
            var room = Math.Min(candidate.Upper.Value - spend[offer.Index], remaining);
            var move = Math.Min(offer.Jump * step, room);
            spend[offer.Index] += move;
            remaining -= move;
            Offer(offers, candidate, offer.Index, spend[offer.Index], step, remaining);
        }

        return [.. candidates.Select((c, i) => new Allocation(c, spend[i], Binding(c, spend[i], step)))];
    }

    /// <summary>Queues the campaign's best offer from <paramref name="at"/>: the jump with the highest gain per unit of spend (lowest priority first, so negated).</summary>
    private static void Offer(PriorityQueue<(int, int), double> offers, BudgetCandidate candidate, int index, double at, double step, double remaining)
    {
        var room = Math.Min(candidate.Upper.Value - at, remaining);
        if (room <= 1e-9)
        {
            return;
        }

        var now = candidate.Curve.Value(at);
        var best = (Jump: 1, Rate: double.MinValue);
        for (var jump = 1; jump <= MaxJump; jump *= 2)
        {
            var move = Math.Min(jump * step, room);
            var rate = (candidate.Curve.Value(at + move) - now) / move;
            if (rate > best.Rate)
            {
                best = (jump, rate);
            }

            if (move >= room)
            {
                break;
            }
        }

        offers.Enqueue((index, best.Jump), -best.Rate);
    }

    private static string? Binding(BudgetCandidate candidate, double spend, double step) =>
        spend >= candidate.Upper.Value - (step / 2) && candidate.Upper.Source != "none" ? candidate.Upper.Source
        : spend <= candidate.Lower.Value + (step / 2) && candidate.Lower.Source != "none" ? candidate.Lower.Source
        : null;
}
