namespace GrainMarketing.ApiHost.Tenants;

/// <summary>Body of <c>POST /api/v1/tenants</c>.</summary>
/// <param name="Id">Slug that names the tenant in every URL: 3-40 lower-case letters, digits and inner hyphens.</param>
/// <param name="DisplayName">Name shown to people, 1-100 characters.</param>
/// <param name="TimeZone">IANA time zone id, for example <c>Europe/Berlin</c>.</param>
/// <param name="Currency">ISO 4217 currency code, for example <c>EUR</c>.</param>
/// <param name="DailyAnalysisHour">Local hour 0-23 of the daily analysis; 6 when omitted.</param>
/// <param name="Industry">An industry id of the benchmark table (GET .../benchmarks/industries); none when omitted.</param>
/// <param name="CompetitorJumpPoints">Percentage points (1-100) a competitor's overlap rate or outranking share must move between periods to alert; 10 when omitted.</param>
public sealed record CreateTenantRequest(
    string? Id,
    string? DisplayName,
    string? TimeZone,
    string? Currency,
    int? DailyAnalysisHour,
    string? Industry = null,
    decimal? CompetitorJumpPoints = null);

/// <summary>Body of <c>PATCH /api/v1/tenants/{tenant}</c>: every field optional, an omitted field is left as it is; an empty industry clears it.</summary>
public sealed record UpdateTenantRequest(
    string? DisplayName,
    string? TimeZone,
    string? Currency,
    int? DailyAnalysisHour,
    string? Industry = null,
    decimal? CompetitorJumpPoints = null);
