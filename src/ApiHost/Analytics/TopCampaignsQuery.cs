using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Analytics;

/// <summary>The query string of <c>GET /api/v1/tenants/{tenant}/analytics/top</c> as sent, besides the window.</summary>
/// <param name="Metric">The sum or KPI the best campaigns have most of.</param>
/// <param name="N">How many campaigns, 1-500.</param>
public sealed record TopCampaignsQuery(
    [FromQuery(Name = "metric")] string Metric = "roas",
    [FromQuery(Name = "n")] int N = 10)
{
    /// <summary>The first page of campaigns by the metric, highest first; each bad value is added to <paramref name="errors"/>.</summary>
    public CampaignSelection Read(ValidationErrors errors)
    {
        Ranking.Check(errors, "metric", Metric, "desc");
        if (N is < 1 or > CampaignListQuery.MaxPageSize)
        {
            errors.Add("n", $"Must be 1-{CampaignListQuery.MaxPageSize}.");
        }

        return new CampaignSelection(Platform: null, Status: null, Metric, "desc", Page: 1, PageSize: N);
    }
}
