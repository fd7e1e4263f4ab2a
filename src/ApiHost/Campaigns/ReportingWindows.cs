using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Tenants;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary>A tenant's reporting calendar: today and what a window covers, in the tenant's time zone; 404 for an unknown tenant.</summary>
public sealed class ReportingWindows(IGrainFactory grains, TimeProvider clock)
{
    /// <summary>The tenant's local date now.</summary>
    public async Task<DateOnly> TodayAsync(string tenant) => ReportingWindow.Today(await ZoneAsync(tenant), clock.GetUtcNow());

    /// <summary>What <paramref name="query"/> covers for the tenant; a 400 (by <see cref="ValidationFailedException"/>) for a bad window.</summary>
    public async Task<QueryWindow> ResolveAsync(string tenant, ReportingWindowQuery query) => query.Resolve(await ZoneAsync(tenant), clock.GetUtcNow());

    /// <summary>The window, or null with its reasons added to <paramref name="errors"/>, so one 400 names every bad parameter.</summary>
    public async Task<QueryWindow?> ResolveAsync(string tenant, ReportingWindowQuery query, ValidationErrors errors)
    {
        var zone = await ZoneAsync(tenant);
        try
        {
            return query.Resolve(zone, clock.GetUtcNow());
        }
        catch (ValidationFailedException invalid)
        {
            errors.Replace(invalid.Errors);
            return null;
        }
    }

    /// <summary>The tenant's currency, which answers across campaigns convert into.</summary>
    public async Task<string> CurrencyAsync(string tenant) => (await grains.RequireTenantAsync(tenant)).Settings.Currency;

    private async Task<TimeZoneInfo> ZoneAsync(string tenant) =>
        TimeZoneInfo.FindSystemTimeZoneById((await grains.RequireTenantAsync(tenant)).Settings.TimeZone);
}
