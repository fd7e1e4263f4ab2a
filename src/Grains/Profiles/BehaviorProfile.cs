using System.IO.Hashing;
using System.Text;

namespace GrainMarketing.Profiles;

/// <summary>A customer's purchases in daily buckets over the newest <see cref="KeptDays"/> days: the pure core of the profile grain.</summary>
/// <remarks>
/// A customer's purchases in daily buckets (their local dates, from each timestamp's offset), bounded to
/// the newest <see cref="KeptDays"/> days and one more (see <see cref="OldestKept"/>), with first and last seen: the pure core of the profile grain.
/// Applying a transaction twice (same event id) counts it once.
/// </remarks>
[GenerateSerializer, Alias("GrainMarketing.BehaviorProfile")]
public sealed class BehaviorProfile
{
    public const int KeptDays = 90;

    [Id(0)] public SortedDictionary<DateOnly, ProfileDay> Days { get; set; } = [];

    [Id(1)] public DateTimeOffset? FirstSeen { get; set; }

    [Id(2)] public DateTimeOffset? LastSeen { get; set; }

    /// <summary>The customer's local date at <paramref name="now"/>: at the offset of their latest purchase.</summary>
    public DateOnly LocalDate(DateTimeOffset now) => DateOnly.FromDateTime(now.ToOffset(LastSeen?.Offset ?? TimeSpan.Zero).DateTime);

    /// <summary>
    /// The oldest day worth keeping at <paramref name="now"/>: the UTC date less <see cref="KeptDays"/>. A local
    /// date is within a day of the UTC date, so this keeps every day of the 90 at any offset a later purchase
    /// may bring (a summer purchase's offset must not drop a day that a winter purchase's date still counts).
    /// </summary>
    public static DateOnly OldestKept(DateTimeOffset now) => DateOnly.FromDateTime(now.UtcDateTime).AddDays(-KeptDays);

    /// <summary>Applies a purchase once; one older than <paramref name="oldestKept"/> only moves first seen. True when it counted.</summary>
    public bool Apply(Transaction transaction, DateOnly oldestKept)
    {
        var day = DateOnly.FromDateTime(transaction.At.DateTime);
        if (day < oldestKept)
        {
            Seen(transaction.At);
            return false;
        }

        if (!Days.TryGetValue(day, out var bucket))
        {
            Days[day] = bucket = new ProfileDay();
        }

        if (!bucket.AddEvent(XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(transaction.EventId))))
        {
            return false;
        }

        bucket.Spend += transaction.Amount;
        bucket.Count++;
        if (transaction.Category is { } category)
        {
            bucket.AddSpend(category, transaction.Amount);
        }

        if (transaction.City is { } city)
        {
            bucket.AddVisit(city);
        }

        Seen(transaction.At);
        return true;
    }

    /// <summary>Drops the days before <paramref name="oldestKept"/>.</summary>
    public void Prune(DateOnly oldestKept)
    {
        while (Days.Count > 0 && Days.Keys.First() < oldestKept)
        {
            Days.Remove(Days.Keys.First());
        }
    }

    /// <summary>The behaviour over the <see cref="KeptDays"/> days ending on <paramref name="today"/>.</summary>
    public ProfileMetrics Metrics(DateOnly today)
    {
        var from = today.AddDays(1 - KeptDays);
        decimal spend = 0, recent = 0, prior = 0;
        var months = new decimal[3];
        int count = 0, lastFourWeeks = 0, weekend = 0;
        var categories = new Dictionary<string, decimal>(StringComparer.Ordinal);
        var cities = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (day, bucket) in Days)
        {
            if (day < from || day > today)
            {
                continue;
            }

            var age = today.DayNumber - day.DayNumber;
            spend += bucket.Spend;
            count += bucket.Count;
            months[2 - (age / 30)] += bucket.Spend;
            recent += age < 30 ? bucket.Spend : 0;
            prior += age is >= 30 and < 60 ? bucket.Spend : 0;
            lastFourWeeks += age < 28 ? bucket.Count : 0;
            weekend += day.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? bucket.Count : 0;
            foreach (var (category, amount) in bucket.Categories)
            {
                categories[category] = categories.GetValueOrDefault(category) + amount;
            }

            foreach (var (city, visits) in bucket.Cities)
            {
                cities[city] = cities.GetValueOrDefault(city) + visits;
            }
        }

        var topCategory = categories.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault();
        var topCity = cities.OrderByDescending(c => c.Value).ThenBy(c => c.Key, StringComparer.Ordinal).FirstOrDefault();
        return new ProfileMetrics(
            today, spend, count, lastFourWeeks / 4.0,
            count == 0 ? 0 : (double)weekend / count,
            topCategory.Key, spend == 0 ? 0 : (double)(topCategory.Value / spend),
            cities.Count, topCity.Key, count == 0 ? 0 : (double)topCity.Value / count,
            FirstSeen, LastSeen, recent, prior, months);
    }

    private void Seen(DateTimeOffset at)
    {
        FirstSeen = FirstSeen is { } first && first <= at ? first : at;
        LastSeen = LastSeen is { } last && last >= at ? last : at;
    }
}
