using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Metrics;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Campaigns;

/// <summary>The filters, order and page of <c>GET /api/v1/tenants/{tenant}/campaigns</c> as sent.</summary>
/// <param name="Platform">Only campaigns of this platform: meta, google, tiktok, snapchat or other.</param>
/// <param name="Status">Only campaigns in this state: active, paused or archived.</param>
/// <param name="Sort">The sum or KPI to sort by.</param>
/// <param name="Order">asc or desc.</param>
/// <param name="Page">The page, from 1.</param>
/// <param name="PageSize">Campaigns per page, 1-500.</param>
/// <param name="Name">Only campaigns whose name or id contains this text, ignoring case (up to 200 characters).</param>
public sealed record CampaignListQuery(
    [FromQuery(Name = "platform")] string? Platform = null,
    [FromQuery(Name = "status")] string? Status = null,
    [FromQuery(Name = "sort")] string Sort = "spend",
    [FromQuery(Name = "order")] string Order = "desc",
    [FromQuery(Name = "page")] int Page = 1,
    [FromQuery(Name = "pageSize")] int PageSize = 50,
    [FromQuery(Name = "name")] string? Name = null)
{
    public const int MaxPageSize = 500;

    public const int MaxNameLength = 200;

    /// <summary>The campaigns asked for; each bad value is added to <paramref name="errors"/> under its name.</summary>
    public CampaignSelection Read(ValidationErrors errors)
    {
        Ranking.Check(errors, "sort", Sort, Order);
        if (Page < 1)
        {
            errors.Add("page", "Must be 1 or more.");
        }

        if (PageSize is < 1 or > MaxPageSize)
        {
            errors.Add("pageSize", $"Must be 1-{MaxPageSize}.");
        }

        if (Name is { Length: > MaxNameLength })
        {
            errors.Add("name", $"Must be at most {MaxNameLength} characters.");
        }

        var platform = QueryValues.Named<AdPlatform>(Platform, "platform", errors, "Must be meta, google, tiktok, snapchat or other.");
        var status = QueryValues.Named<CampaignStatus>(Status, "status", errors, "Must be active, paused or archived.");
        return new CampaignSelection(platform, status, Sort, Order, Page, PageSize, string.IsNullOrWhiteSpace(Name) ? null : Name.Trim());
    }
}
