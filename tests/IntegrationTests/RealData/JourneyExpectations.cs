namespace GrainMarketing.IntegrationTests.RealData;

/// <summary>
/// The behaviour segments the Complete Journey households must land in at <see cref="Now"/>, worked out
/// here from the baskets with the definitions and default thresholds, independently of the
/// product's code: the 90 days end on the household's local date (now at the offset of its newest
/// basket); frequent = 2+ purchases a week over the last four weeks; weekend = 70%+ of purchases on a
/// Saturday or Sunday; category focused = 50%+ of spend in one department; location clustered = 1-2
/// stores; the mix patterns need 3+ purchases in the 90 days; new = first purchase under 30 days ago;
/// inactive = none for 30+ days; seasonal = two months of history and the highest of the three 30-day
/// months at least 3x the lowest. High spender = 90-day spend at or above the spend of the household
/// ranked ceil(20% of the households that spent) from the top.
/// </summary>
public sealed class JourneyExpectations
{
    private JourneyExpectations(DateTimeOffset now, IReadOnlyDictionary<string, decimal> spend, IReadOnlyDictionary<string, int> counts, IReadOnlyDictionary<string, decimal> sums)
    {
        Now = now;
        Spend = spend;
        Counts = counts;
        AverageSpend = counts.ToDictionary(pair => pair.Key, pair => pair.Value == 0 ? (decimal?)null : Math.Round(sums[pair.Key] / pair.Value, 2, MidpointRounding.AwayFromZero));
        var spenders = spend.Values.Where(value => value > 0).OrderDescending().ToList();
        Threshold = spenders.Count == 0 ? null : spenders[(int)Math.Ceiling(0.2 * spenders.Count) - 1];
        HighSpenders = Threshold is { } threshold ? spend.Values.Count(value => value > 0 && value >= threshold) : 0;
    }

    public DateTimeOffset Now { get; }

    /// <summary>Each household's 90-day spend.</summary>
    public IReadOnlyDictionary<string, decimal> Spend { get; }

    /// <summary>Households per segment (camelCase pattern names), high spender left out.</summary>
    public IReadOnlyDictionary<string, int> Counts { get; }

    /// <summary>Each of those segments' 90-day spend per household, to the cent (null when empty).</summary>
    public IReadOnlyDictionary<string, decimal?> AverageSpend { get; }

    public decimal? Threshold { get; }

    public int HighSpenders { get; }

    /// <summary>
    /// The expectations at <paramref name="now"/>, or null when some household is within
    /// <paramref name="margin"/> of a 30- or 60-day line, so a test that runs a while could see it cross.
    /// </summary>
    public static JourneyExpectations? At(IReadOnlyList<JourneyBasket> baskets, DateTimeOffset now, TimeSpan margin)
    {
        var counts = new Dictionary<string, int>(StringComparer.Ordinal)
        {
            ["frequent"] = 0,
            ["weekend"] = 0,
            ["categoryFocused"] = 0,
            ["locationClustered"] = 0,
            ["new"] = 0,
            ["inactive"] = 0,
            ["seasonal"] = 0,
        };
        var sums = counts.Keys.ToDictionary(pattern => pattern, _ => 0m, StringComparer.Ordinal);
        var spend = new Dictionary<string, decimal>(StringComparer.Ordinal);
        foreach (var household in baskets.GroupBy(basket => basket.Household, StringComparer.Ordinal))
        {
            var first = household.Min(basket => basket.At);
            var last = household.MaxBy(basket => basket.At)!.At;
            if (new[] { first.AddDays(30), last.AddDays(30), first.AddDays(60) }.Any(line => (line - now).Duration() < margin))
            {
                return null;
            }

            var today = DateOnly.FromDateTime(now.ToOffset(last.Offset).DateTime);
            var recent = household
                .Select(basket => (Basket: basket, Age: today.DayNumber - DateOnly.FromDateTime(basket.At.DateTime).DayNumber))
                .Where(dated => dated.Age is >= 0 and < 90)
                .ToList();
            var total = recent.Sum(dated => dated.Basket.Amount);
            spend[household.Key] = total;
            void Count(string pattern, bool shows)
            {
                if (shows)
                {
                    counts[pattern]++;
                    sums[pattern] += total;
                }
            }

            if (recent.Count >= 3)
            {
                Count("frequent", recent.Count(dated => dated.Age < 28) / 4.0 >= 2);
                Count("weekend", (double)recent.Count(dated => dated.Basket.At.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday) / recent.Count >= 0.7);
                var topDepartment = recent.Where(dated => dated.Basket.Department is not null)
                    .GroupBy(dated => dated.Basket.Department!, StringComparer.Ordinal)
                    .Select(group => group.Sum(dated => dated.Basket.Amount))
                    .DefaultIfEmpty(0).Max();
                Count("categoryFocused", total > 0 && topDepartment / total >= 0.5m);
                Count("locationClustered", recent.Select(dated => dated.Basket.Store).Distinct().Count() <= 2);
            }

            Count("new", now - first < TimeSpan.FromDays(30));
            Count("inactive", now - last >= TimeSpan.FromDays(30));
            var months = new decimal[3];
            foreach (var (basket, age) in recent)
            {
                months[2 - (age / 30)] += basket.Amount;
            }

            Count("seasonal", now - first >= TimeSpan.FromDays(60) && months.Max() > 0 && months.Max() >= 3 * months.Min());
        }

        return new JourneyExpectations(now, spend, counts, sums);
    }
}
