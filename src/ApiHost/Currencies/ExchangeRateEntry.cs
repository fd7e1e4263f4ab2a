namespace GrainMarketing.ApiHost.Currencies;

/// <summary>One rate set by hand.</summary>
/// <param name="Date">The day the rate is for (yyyy-MM-dd); it also holds for up to four days after when none newer is set (weekends, holidays).</param>
/// <param name="Currency">ISO 4217 code of the money converted, not the tenant's own.</param>
/// <param name="Rate">Units of the tenant's currency per one unit of <paramref name="Currency"/>; greater than 0, at most 10 decimals.</param>
public sealed record ExchangeRateEntry(DateOnly? Date, string? Currency, decimal? Rate);
