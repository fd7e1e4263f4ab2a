namespace GrainMarketing.Profiles;

/// <summary>One local day of a customer's purchases: spend and count, spend per category, purchases per city, and the event ids applied.</summary>
/// <remarks>
/// Small arrays, not dictionaries: a day holds a few categories and cities, and a million profiles of 90
/// days are tens of millions of days, so each day is four objects, not ten.
/// </remarks>
[GenerateSerializer, Alias("GrainMarketing.ProfileDay")]
public sealed class ProfileDay
{
    [Id(0)] public decimal Spend { get; set; }

    [Id(1)] public int Count { get; set; }

    [Id(5)] public CategorySpend[] Categories { get; set; } = [];

    [Id(6)] public CityVisits[] Cities { get; set; } = [];

    /// <summary>64-bit digests of the day's event ids, ascending, so a re-sent transaction counts once.</summary>
    [Id(7)] public ulong[] EventIds { get; set; } = [];

    /// <summary>Records the event's digest; false when the day has it already.</summary>
    public bool AddEvent(ulong digest)
    {
        var at = Array.BinarySearch(EventIds, digest);
        if (at >= 0)
        {
            return false;
        }

        EventIds = Inserted(EventIds, ~at, digest);
        return true;
    }

    public void AddSpend(string category, decimal amount) =>
        Categories = Tallied(Categories, entry => string.Equals(entry.Category, category, StringComparison.Ordinal),
            new CategorySpend(category, amount), entry => entry with { Amount = entry.Amount + amount });

    public void AddVisit(string city) =>
        Cities = Tallied(Cities, entry => string.Equals(entry.City, city, StringComparison.Ordinal),
            new CityVisits(city, 1), entry => entry with { Visits = entry.Visits + 1 });

    /// <summary>Adds to the entry <paramref name="matches"/> finds, or appends <paramref name="first"/> when there is none.</summary>
    private static T[] Tallied<T>(T[] items, Predicate<T> matches, T first, Func<T, T> more)
    {
        var at = Array.FindIndex(items, matches);
        if (at < 0)
        {
            return Inserted(items, items.Length, first);
        }

        items[at] = more(items[at]);
        return items;
    }

    private static T[] Inserted<T>(T[] items, int at, T item)
    {
        var grown = new T[items.Length + 1];
        items.AsSpan(0, at).CopyTo(grown);
        grown[at] = item;
        items.AsSpan(at).CopyTo(grown.AsSpan(at + 1));
        return grown;
    }
}

/// <summary>A day's spend in one category.</summary>
[GenerateSerializer, Alias("GrainMarketing.CategorySpend")]
public readonly record struct CategorySpend([property: Id(0)] string Category, [property: Id(1)] decimal Amount);

/// <summary>A day's purchases in one city.</summary>
[GenerateSerializer, Alias("GrainMarketing.CityVisits")]
public readonly record struct CityVisits([property: Id(0)] string City, [property: Id(1)] int Visits);
