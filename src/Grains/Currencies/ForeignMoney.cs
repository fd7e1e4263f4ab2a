using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Currencies;

/// <summary>The part of an aggregate whose money is in a currency a campaign named: per currency, its days and its recent arrivals, never added to other currencies.</summary>
/// <remarks>
/// Campaigns without a currency count in the tenant's and go into the aggregate's own sums as before; these are converted
/// when an answer is asked for (<see cref="MoneyConversion"/>), each day with its rate. Bounded as the aggregate's own days
/// are: the currencies named times the retention days, and a fixed ring of recent buckets per currency.
/// </remarks>
[GenerateSerializer, Alias("GrainMarketing.ForeignMoney")]
public sealed class ForeignMoney
{
    [Id(0)] public Dictionary<string, SortedDictionary<DateOnly, MetricTotals>> Days { get; set; } = new(StringComparer.Ordinal);

    [Id(1)] public Dictionary<string, RecentBuckets> Recent { get; set; } = new(StringComparer.Ordinal);

    public bool IsEmpty => Days.Count == 0 && Recent.Count == 0;

    /// <summary>The newest day held in any currency.</summary>
    public DateOnly? LatestDate => Days.Values.Where(d => d.Count > 0).Select(d => (DateOnly?)d.Keys.Last()).Max();

    /// <summary>Adds a change of one day, and to the recent buckets by its arrival when <paramref name="receivedAt"/> is given.</summary>
    public void Add(string currency, DateOnly date, MetricTotals change, DateTimeOffset? receivedAt)
    {
        if (!Days.TryGetValue(currency, out var days))
        {
            Days[currency] = days = [];
        }

        days[date] = days.GetValueOrDefault(date) + change;
        if (receivedAt is { } arrived)
        {
            AddRecent(currency, arrived, change);
        }
    }

    /// <summary>Adds to the recent buckets only (a change already summed per day elsewhere).</summary>
    public void AddRecent(string currency, DateTimeOffset receivedAt, MetricTotals change)
    {
        if (!Recent.TryGetValue(currency, out var recent))
        {
            Recent[currency] = recent = new RecentBuckets();
        }

        recent.Add(receivedAt, change);
    }

    /// <summary>Forgets days before <paramref name="oldestKept"/>.</summary>
    public void Prune(DateOnly oldestKept)
    {
        foreach (var days in Days.Values)
        {
            while (days.Count > 0 && days.Keys.First() < oldestKept)
            {
                days.Remove(days.Keys.First());
            }
        }
    }

    /// <summary>Each currency's days in <paramref name="range"/> from <paramref name="oldestKept"/> on.</summary>
    public IEnumerable<CurrencySlice> InRange(DateRange range, DateOnly oldestKept) =>
        Days.SelectMany(c => c.Value
            .Where(d => d.Key >= range.From && d.Key <= range.To && d.Key >= oldestKept)
            .Select(d => new CurrencySlice(c.Key, d.Key, d.Value)));

    /// <summary>Each currency's arrivals of the last <paramref name="minutes"/>, dated the day they arrived (UTC) for their rate.</summary>
    public IEnumerable<CurrencySlice> Arrived(DateTimeOffset now, int minutes) =>
        Recent.Select(c => new CurrencySlice(c.Key, DateOnly.FromDateTime(now.UtcDateTime), c.Value.Sum(now, minutes)))
            .Where(s => !s.Totals.IsZero);

    /// <summary>The window's slices: its days, or its last minutes of arrivals.</summary>
    public IEnumerable<CurrencySlice> For(QueryWindow window, DateTimeOffset now, DateOnly oldestKept) =>
        window.Dates is { } range ? InRange(range, oldestKept) : Arrived(now, window.RecentMinutes ?? 0);
}
