using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Tenants;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Metrics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary><c>/api/v1/tenants/{tenant}/campaigns</c>: live sums and KPIs per campaign, series and breakdowns.</summary>
public static class CampaignsApi
{
    public const int MaxPageSize = 500;

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
        string tenant, IGrainFactory grains, TimeProvider clock,
        string? window = null, string? from = null, string? to = null, string? platform = null, string? status = null,
        string sort = "spend", string order = "desc", int page = 1, int pageSize = 50)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var range = await WindowAsync(grains, clock, tenant, window, from, to, errors);
        Ranking.Check(errors, "sort", sort, order);

        if (page < 1)
        {
            errors["page"] = ["Must be 1 or more."];
        }

        if (pageSize is < 1 or > MaxPageSize)
        {
            errors["pageSize"] = [$"Must be 1-{MaxPageSize}."];
        }

        AdPlatform? platformFilter = null;
        if (platform is not null)
        {
            platformFilter = Enum.TryParse<AdPlatform>(platform, ignoreCase: true, out var parsed) && !int.TryParse(platform, out _)
                ? parsed
                : null;
            if (platformFilter is null)
            {
                errors["platform"] = ["Must be meta, google, tiktok, snapchat or other."];
            }
        }

        CampaignStatus? statusFilter = null;
        if (status is not null)
        {
            statusFilter = Enum.TryParse<CampaignStatus>(status, ignoreCase: true, out var parsed) && !int.TryParse(status, out _)
                ? parsed
                : null;
            if (statusFilter is null)
            {
                errors["status"] = ["Must be active, paused or archived."];
            }
        }

        if (range is null || errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var listed = await grains.GetGrain<ITenantIndexGrain>(tenant)
            .ListCampaignsAsync(new CampaignListQuery(range, platformFilter, statusFilter, sort, order, page, pageSize));
        return TypedResults.Ok(new CampaignPage(range, page, pageSize, listed.Total, [.. listed.Items.Select(CampaignResponse.From)]));
    }

    public static async Task<Ok<CampaignResponse>> GetAsync(
        string tenant, string id, IGrainFactory grains, TimeProvider clock, string? window = null, string? from = null, string? to = null)
    {
        var range = await WindowAsync(grains, clock, tenant, window, from, to);
        return TypedResults.Ok(CampaignResponse.From(await Campaign(grains, tenant, id).GetSummaryAsync(range)));
    }

    /// <remarks>The metadata is stored before the answer; the answer shows the campaign over the default window.</remarks>
    public static async Task<Ok<CampaignResponse>> UpdateAsync(
        string tenant, string id, UpdateCampaignRequest request, IGrainFactory grains, TimeProvider clock, AuditTrail audit)
    {
        var range = await WindowAsync(grains, clock, tenant, window: null, from: null, to: null);
        var campaign = Campaign(grains, tenant, id);
        var change = await campaign.UpdateMetadataAsync(request.ToMetadata());
        await audit.RecordTenantAsync("campaign.updated", tenant, id, change.Before, change.After);
        return TypedResults.Ok(CampaignResponse.From(await campaign.GetSummaryAsync(range)));
    }

    public static async Task<Ok<IReadOnlyList<SeriesPoint>>> SeriesAsync(
        string tenant, string id, IGrainFactory grains, TimeProvider clock,
        string? window = null, string? from = null, string? to = null, string granularity = "day")
    {
        var resolved = await WindowAsync(grains, clock, tenant, window ?? (granularity == "day" ? null : "24h"), from, to);
        var campaign = Campaign(grains, tenant, id);
        switch (granularity)
        {
            case "day":
                var days = await campaign.GetDailySeriesAsync(ReportingWindow.RequireDates(resolved, "Daily series"));
                return TypedResults.Ok<IReadOnlyList<SeriesPoint>>([.. days.Select(d => new SeriesPoint(
                    d.Date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), d.Totals, d.Totals.Kpis))]);
            case "minute" or "hour":
                var minutes = resolved.RecentMinutes
                    ?? throw new ValidationFailedException(new Dictionary<string, string[]> { ["window"] = ["Minute and hour series take 15m, 1h or 24h."] });
                if (granularity == "minute" && minutes > 120)
                {
                    throw new ValidationFailedException(new Dictionary<string, string[]> { ["window"] = ["Minute series cover at most the last two hours: use 15m or 1h."] });
                }

                var buckets = await campaign.GetRecentSeriesAsync(granularity == "hour" ? Math.Max(minutes, 121) : minutes);
                return TypedResults.Ok<IReadOnlyList<SeriesPoint>>([.. buckets.Select(b => new SeriesPoint(
                    b.Start.ToString("yyyy-MM-ddTHH:mmZ", System.Globalization.CultureInfo.InvariantCulture), b.Totals, b.Totals.Kpis))]);
            default:
                throw new ValidationFailedException(new Dictionary<string, string[]> { ["granularity"] = ["Must be minute, hour or day."] });
        }
    }

    public static async Task<Ok<BreakdownResponse>> BreakdownAsync(
        string tenant, string id, string by, IGrainFactory grains, TimeProvider clock,
        string? window = null, string? from = null, string? to = null)
    {
        var byCreative = by.Equals("creative", StringComparison.OrdinalIgnoreCase);
        var dimensions = byCreative ? [] : ParseDimensions(by);
        var range = ReportingWindow.RequireDates(await WindowAsync(grains, clock, tenant, window, from, to), "Breakdowns");
        var result = await Campaign(grains, tenant, id).GetBreakdownAsync(range, dimensions, byCreative);
        return TypedResults.Ok(new BreakdownResponse(
            by, range, [.. result.Rows.Select(r => new BreakdownRowResponse(r.Key, r.Totals, r.Totals.Kpis))], result.Unattributed, result.Freshness));
    }

    private static IReadOnlyList<Dimension> ParseDimensions(string by)
    {
        var parts = by.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries);
        var dimensions = new List<Dimension>();
        foreach (var part in parts)
        {
            if (!Enum.TryParse<Dimension>(part, ignoreCase: true, out var dimension) || int.TryParse(part, out _) || dimensions.Contains(dimension))
            {
                throw new ValidationFailedException(new Dictionary<string, string[]>
                {
                    ["by"] = ["Must be creative, or one or more of age, gender, country, region, interest, placement joined by commas."],
                });
            }

            dimensions.Add(dimension);
        }

        return dimensions.Count > 0
            ? dimensions
            : throw new ValidationFailedException(new Dictionary<string, string[]> { ["by"] = ["Required."] });
    }

    private static ICampaignGrain Campaign(IGrainFactory grains, string tenant, string id) =>
        grains.GetGrain<ICampaignGrain>(CampaignIds.Parse(tenant, id).ToString());

    /// <summary>What a window covers for this tenant (dates in its zone); 404 for an unknown tenant.</summary>
    public static async Task<QueryWindow> WindowAsync(
        IGrainFactory grains, TimeProvider clock, string tenant, string? window, string? from, string? to)
    {
        var details = await TenantsApi.RequireAsync(grains, tenant);
        return ReportingWindow.Resolve(window, from, to, TimeZoneInfo.FindSystemTimeZoneById(details.Settings.TimeZone), clock.GetUtcNow());
    }

    /// <summary>The window, or null with its reasons added to <paramref name="errors"/>, so one 400 names every bad parameter.</summary>
    public static async Task<QueryWindow?> WindowAsync(
        IGrainFactory grains, TimeProvider clock, string tenant, string? window, string? from, string? to, Dictionary<string, string[]> errors)
    {
        try
        {
            return await WindowAsync(grains, clock, tenant, window, from, to);
        }
        catch (ValidationFailedException invalid)
        {
            foreach (var (field, reasons) in invalid.Errors)
            {
                errors[field] = reasons;
            }

            return null;
        }
    }
}
