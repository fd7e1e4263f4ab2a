namespace GrainMarketing.Tenants;

/// <summary>A tenant's own settings: how it is shown, where its day starts and ends, what money it counts in.</summary>
/// <param name="DisplayName">Name shown to people, 1-100 characters.</param>
/// <param name="TimeZone">IANA time zone id (for example <c>Europe/Berlin</c>); the tenant's day and daily analysis hour are in it.</param>
/// <param name="Currency">ISO 4217 code of the tenant's reporting currency (for example <c>EUR</c>).</param>
/// <param name="DailyAnalysisHour">Local hour, 0-23, at which the daily analysis runs.</param>
/// <param name="Industry">The benchmark table's industry id the tenant compares itself with; null until picked.</param>
/// <param name="CompetitorJumpPoints">Percentage points by which a competitor's overlap rate or outranking share must move between consecutive auction-insights periods to raise <c>competitor.jumped</c>; null means <see cref="TenantRules.DefaultCompetitorJumpPoints"/>.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.TenantSettings")]
public sealed record TenantSettings(
    [property: Id(0)] string DisplayName,
    [property: Id(1)] string TimeZone,
    [property: Id(2)] string Currency,
    [property: Id(3)] int DailyAnalysisHour,
    [property: Id(4)] string? Industry = null,
    [property: Id(5)] decimal? CompetitorJumpPoints = null);
