namespace GrainMarketing.Campaigns;

/// <summary>Reporting dates from <see cref="From"/> to <see cref="To"/>, both included, in the tenant's time zone.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.DateRange")]
public sealed record DateRange([property: Id(0)] DateOnly From, [property: Id(1)] DateOnly To)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The part of the range before <paramref name="day"/>, or null when none of it is.</summary>
    public DateRange? Before(DateOnly day) => From >= day ? null : new DateRange(From, To < day ? To : day.AddDays(-1));
}
