using GrainMarketing.Tenants;

namespace GrainMarketing.ApiHost.Tenants;

/// <summary>A tenant as the API shows it.</summary>
public sealed record TenantResponse(
    string Id,
    string DisplayName,
    string TimeZone,
    string Currency,
    int DailyAnalysisHour,
    string? Industry,
    decimal CompetitorJumpPoints,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    TenantSchedule Schedule)
{
    public static TenantResponse From(TenantDetails tenant) => new(
        tenant.Id,
        tenant.Settings.DisplayName,
        tenant.Settings.TimeZone,
        tenant.Settings.Currency,
        tenant.Settings.DailyAnalysisHour,
        tenant.Settings.Industry,
        tenant.Settings.CompetitorJumpPoints ?? TenantRules.DefaultCompetitorJumpPoints,
        tenant.CreatedAt,
        tenant.UpdatedAt,
        tenant.Schedule);
}
