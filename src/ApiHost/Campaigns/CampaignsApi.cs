using System.Globalization;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary><c>/api/v1/tenants/{tenant}/campaigns</c>: live sums and KPIs per campaign, series and breakdowns.</summary>
public static class CampaignsApi
{
    public static RouteGroupBuilder MapCampaigns(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/campaigns").WithTags("Campaigns")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ListAsync).WithName("ListCampaigns").RequireAuthorization(TenantPolicies.Read)
            .WithSummary("Campaigns with sums and KPIs over a window, filtered, sorted by any sum or KPI, paged");
        group.MapGet("/{id}", GetAsync).WithName("GetCampaign").RequireAuthorization(TenantPolicies.Read).WithSummary("One campaign over a window (id = platform:campaignId)");
        group.MapPatch("/{id}", UpdateAsync).WithName("UpdateCampaign").RequireAuthorization(TenantPolicies.Write)
            .WithSummary("Set a campaign's name, objective, status, daily budget, currency or creative format; creates the campaign if no data has arrived yet");
        group.MapGet("/{id}/timeseries", SeriesAsync).WithName("GetCampaignSeries").RequireAuthorization(TenantPolicies.Read).WithSummary("Daily sums and KPIs");
        group.MapGet("/{id}/breakdown", BreakdownAsync).WithName("GetCampaignBreakdown").RequireAuthorization(TenantPolicies.Read)
            .WithSummary("Sums by age, gender, age,gender, country, region, interest, placement or creative");
        return group;
    }

    public static async Task<Ok<CampaignPage>> ListAsync(
        string tenant, [AsParameters] ReportingWindowQuery window, [AsParameters] CampaignListQuery query, ReportingWindows windows, TenantCampaigns campaigns)
    {
        var errors = new ValidationErrors();
        var range = await windows.ResolveAsync(tenant, window, errors);
        var selection = query.Read(errors);
        errors.ThrowIfAny();
        return TypedResults.Ok(await campaigns.ListAsync(tenant, range!, selection));
    }

    public static async Task<Ok<CampaignResponse>> GetAsync(
        string tenant, string id, [AsParameters] ReportingWindowQuery window, IGrainFactory grains, ReportingWindows windows)
    {
        var range = await windows.ResolveAsync(tenant, window);
        return TypedResults.Ok(CampaignResponse.From(await Campaign(grains, tenant, id).GetSummaryAsync(range), await windows.CurrencyAsync(tenant)));
    }

    /// <remarks>The metadata is stored before the answer; the answer shows the campaign over the default window.</remarks>
    public static async Task<Ok<CampaignResponse>> UpdateAsync(
        string tenant, string id, UpdateCampaignRequest request, IGrainFactory grains, ReportingWindows windows, AuditTrail audit)
    {
        var range = await windows.ResolveAsync(tenant, new ReportingWindowQuery());
        var campaign = Campaign(grains, tenant, id);
        var change = await campaign.UpdateMetadataAsync(request.ToMetadata());
        await audit.RecordTenantAsync("campaign.updated", tenant, id, change.Before, change.After);
        return TypedResults.Ok(CampaignResponse.From(await campaign.GetSummaryAsync(range), await windows.CurrencyAsync(tenant)));
    }

    /// <remarks>Minute and hour series cover arrivals, so their window defaults to the last 24h.</remarks>
    public static async Task<Ok<IReadOnlyList<SeriesPoint>>> SeriesAsync(
        string tenant, string id, [AsParameters] ReportingWindowQuery window, IGrainFactory grains, ReportingWindows windows, string granularity = "day")
    {
        var resolved = await windows.ResolveAsync(tenant, window with { Window = window.Window ?? (granularity == "day" ? null : "24h") });
        var campaign = Campaign(grains, tenant, id);
        return TypedResults.Ok(granularity switch
        {
            "day" => await DailySeriesAsync(campaign, resolved),
            "minute" or "hour" => await RecentSeriesAsync(campaign, resolved, granularity),
            _ => throw ValidationErrors.Refusal("granularity", "Must be minute, hour or day."),
        });
    }

    public static async Task<Ok<BreakdownResponse>> BreakdownAsync(
        string tenant, string id, string by, [AsParameters] ReportingWindowQuery window, IGrainFactory grains, ReportingWindows windows)
    {
        var byCreative = by.Equals("creative", StringComparison.OrdinalIgnoreCase);
        var dimensions = byCreative ? [] : ParseDimensions(by);
        var range = ReportingWindow.RequireDates(await windows.ResolveAsync(tenant, window), "Breakdowns");
        var result = await Campaign(grains, tenant, id).GetBreakdownAsync(range, dimensions, byCreative);
        return TypedResults.Ok(new BreakdownResponse(
            by, range, [.. result.Rows.Select(r => new BreakdownRowResponse(r.Key, r.Totals, r.Totals.Kpis))], result.Unattributed, result.Freshness));
    }

    private static async Task<IReadOnlyList<SeriesPoint>> DailySeriesAsync(ICampaignGrain campaign, QueryWindow window)
    {
        var days = await campaign.GetDailySeriesAsync(ReportingWindow.RequireDates(window, "Daily series"));
        return [.. days.Select(d => new SeriesPoint(d.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), d.Totals, d.Totals.Kpis))];
    }

    /// <summary>Minute or hour buckets of recent arrivals; hours are summed from at least the last 121 minutes.</summary>
    private static async Task<IReadOnlyList<SeriesPoint>> RecentSeriesAsync(ICampaignGrain campaign, QueryWindow window, string granularity)
    {
        var minutes = window.RecentMinutes
            ?? throw ValidationErrors.Refusal("window", "Minute and hour series take 15m, 1h or 24h.");
        if (granularity == "minute" && minutes > 120)
        {
            throw ValidationErrors.Refusal("window", "Minute series cover at most the last two hours: use 15m or 1h.");
        }

        var buckets = await campaign.GetRecentSeriesAsync(granularity == "hour" ? Math.Max(minutes, 121) : minutes);
        return [.. buckets.Select(b => new SeriesPoint(b.Start.ToString("yyyy-MM-ddTHH:mmZ", CultureInfo.InvariantCulture), b.Totals, b.Totals.Kpis))];
    }

    private static IReadOnlyList<Dimension> ParseDimensions(string by)
    {
        const string Reason = "Must be creative, or one or more of age, gender, country, region, interest, placement joined by commas.";
        var errors = new ValidationErrors();
        var dimensions = new List<Dimension>();
        foreach (var part in by.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
        {
            if (QueryValues.Named<Dimension>(part, "by", errors, Reason) is not { } dimension || dimensions.Contains(dimension))
            {
                throw ValidationErrors.Refusal("by", Reason);
            }

            dimensions.Add(dimension);
        }

        return dimensions.Count > 0 ? dimensions : throw ValidationErrors.Refusal("by", "Required.");
    }

    private static ICampaignGrain Campaign(IGrainFactory grains, string tenant, string id) =>
        grains.GetGrain<ICampaignGrain>(CampaignIds.Parse(tenant, id).ToString());
}
