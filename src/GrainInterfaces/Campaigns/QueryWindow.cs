namespace GrainMarketing.Campaigns;

/// <summary>What a query covers: reporting dates, or the last minutes or hours of arrivals.</summary>
/// <remarks>
/// Reporting dates (today, 7d, custom …), or the last few minutes or hours of arrivals (15m, 1h, 24h),
/// which sum what was received in that time, restatement differences included.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.QueryWindow")]
public sealed record QueryWindow(
    [property: Id(0)] DateRange? Dates,
    [property: Id(1)] int? RecentMinutes)
{
    public static QueryWindow For(DateRange dates) => new(dates, null);

    public static QueryWindow Recent(TimeSpan span) => new(null, (int)span.TotalMinutes);
}
