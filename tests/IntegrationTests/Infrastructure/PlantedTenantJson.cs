using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using GrainMarketing.Insights.Recommendations;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>A new tenant holding a generated planted tenant's days (28, and 56 for the campaigns whose budgets move), ending yesterday, ingested through the API one campaign a request.</summary>
public static class PlantedTenantJson
{
    public static async Task<(string Tenant, PlantedTenant Planted)> IngestAsync(HttpClient api, string prefix, int seed = 5)
    {
        var tenant = TenantJson.UniqueId(prefix);
        await TenantJson.CreateAsync(api, TenantJson.NewTenant(tenant, zone: "UTC"));
        var planted = PlantedTenant.Generate(seed, planted: true, DateOnly.FromDateTime(DateTime.UtcNow).AddDays(-1));
        foreach (var campaign in planted.Cells.GroupBy(c => c.Campaign))
        {
            var items = campaign.Select(c => new
            {
                platform = c.Campaign.Split(':')[0],
                campaignId = c.Campaign.Split(':')[1],
                status = "active",
                date = c.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                adSetId = c.AdSet,
                adId = c.Creative,
                age = c.Age,
                gender = c.Gender,
                impressions = c.Totals.Impressions,
                reach = c.Totals.Reach,
                clicks = c.Totals.Clicks,
                spend = c.Totals.Spend,
                conversions = c.Totals.Conversions,
                conversionValue = c.Totals.ConversionValue,
                kind = "snapshot",
            }).ToList();
            using var ingested = await api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/metrics", new { items });
            Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        }

        return (tenant, planted);
    }
}
