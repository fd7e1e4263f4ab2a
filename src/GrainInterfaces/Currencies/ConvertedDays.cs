using GrainMarketing.Campaigns;

namespace GrainMarketing.Currencies;

/// <summary>A daily series in the tenant's currency and what it could not convert, so no reader takes a day without a rate for a whole one.</summary>
/// <param name="Days">Per day with data, oldest first: money in the tenant's currency and the converted money of other currencies.</param>
/// <param name="Unconverted">Per currency, the days whose money in it had no rate and is in no day of <paramref name="Days"/> (a day listed here may still be in them with its other money).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ConvertedDays")]
public sealed record ConvertedDays(
    [property: Id(0)] IReadOnlyList<DayTotals> Days,
    [property: Id(1)] IReadOnlyList<UnconvertedMoney> Unconverted)
{
    /// <summary>The days some money was left out of: a model reads them as missing, never as the day's whole.</summary>
    public IReadOnlySet<DateOnly> IncompleteDays => Unconverted.SelectMany(u => u.Days).ToHashSet();

    /// <summary>The days whose money is all in the tenant's currency, for a model that reads a day as a whole.</summary>
    public IReadOnlyList<DayTotals> CompleteDays
    {
        get
        {
            var incomplete = IncompleteDays;
            return [.. Days.Where(d => !incomplete.Contains(d.Date))];
        }
    }
}
