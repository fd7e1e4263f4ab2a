using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.Insights.Recommendations;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Insights.Recommendations;

/// <summary>
/// Recommendations over real HTTP and PostgreSQL: a generated tenant with planted truths ingested through the API, its
/// recommendations read back, and the pause applied through the rules machinery.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class RecommendationsApiTests(ApiCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task APlantedTenantGetsEveryTruthRecommendedAndTheAppliedPausePausesTheCampaignWithAuditAndPendingChange()
    {
        var (tenant, planted) = await PlantedTenantJson.IngestAsync(Api, "recs");

        // The hours come from the campaigns' arrival ring and this test sends all history at once: no daypart to find.
        var truths = planted.Truths.Where(t => !t.StartsWith($"{RecommendationKind.Daypart}|", StringComparison.Ordinal)).ToHashSet();
        var page = await Eventually.ReadAsync(
            async () => await (await Api.PostAsync($"api/v1/tenants/{tenant}/recommendations/generate", null)).Content.ReadFromJsonAsync<JsonElement>(),
            p => Fingerprints(p).SetEquals(truths), TimeSpan.FromSeconds(90));
        Assert.Equal(truths, Fingerprints(page));
        var priorities = page.GetProperty("items").EnumerateArray().Select(i => i.GetProperty("priority").GetDouble()).ToList();
        Assert.Equal(priorities.OrderDescending(), priorities);

        var small = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/recommendations?target={PlantedTenant.SmallCampaign}");
        Assert.DoesNotContain(small.GetProperty("items").EnumerateArray(), i => i.GetProperty("target").GetString() == PlantedTenant.SmallCampaign);
        Assert.StartsWith("Insufficient data", small.GetProperty("insufficientData").GetString());

        var pause = (await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/recommendations?kind=pauseCampaign&minConfidence=0.95&target={PlantedTenant.BadCampaign}")).GetProperty("items").EnumerateArray().Single();
        var id = pause.GetProperty("id").GetString();
        Assert.Equal((PlantedTenant.BadCampaign, "open", "pause"), (pause.GetProperty("target").GetString(), pause.GetProperty("status").GetString(), pause.GetProperty("actions")[0].GetProperty("type").GetString()));
        Assert.True(pause.GetProperty("impact").GetProperty("lower80").GetDouble() > 0);

        using var applied = await Api.PostAsync($"api/v1/tenants/{tenant}/recommendations/{id}/apply", null);
        Assert.Equal(HttpStatusCode.OK, applied.StatusCode);
        Assert.Equal("applied", (await applied.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("status").GetString());
        var campaign = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/{PlantedTenant.BadCampaign}");
        Assert.Equal("paused", campaign.GetProperty("metadata").GetProperty("status").GetString());
        var automation = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/{PlantedTenant.BadCampaign}/automation");
        var pending = Assert.Single(automation.GetProperty("pendingChanges").EnumerateArray());
        Assert.Equal(("status", "paused", id), (pending.GetProperty("field").GetString(), pending.GetProperty("to").GetString(), pending.GetProperty("ruleId").GetString()));
        var trail = await Eventually.ReadAsync(
            () => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audit?action=automation.status.changed"), a => a.GetProperty("items").GetArrayLength() == 1);
        Assert.Equal($"rule:{id}", trail.GetProperty("items")[0].GetProperty("actor").GetString());
        var applyAudit = await Eventually.ReadAsync(
            () => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audit?action=recommendation.applied"), a => a.GetProperty("items").GetArrayLength() == 1);
        Assert.Equal(id, applyAudit.GetProperty("items")[0].GetProperty("target").GetString());

        using var again = await Api.PostAsync($"api/v1/tenants/{tenant}/recommendations/{id}/apply", null);
        Assert.Equal(HttpStatusCode.Conflict, again.StatusCode);
    }

    [Fact]
    public async Task BadFiltersAndReasonsAreRefusedNamingTheFieldAndAnUnknownIdIsNotFound()
    {
        var tenant = TenantJson.UniqueId("recs");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant, zone: "UTC"));

        using var refused = await Api.GetAsync($"api/v1/tenants/{tenant}/recommendations?kind=nope&status=closed&minConfidence=2&limit=0&after=-1");
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var errors = (await refused.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors");
        Assert.Equal(["after", "kind", "limit", "minConfidence", "status"], errors.EnumerateObject().Select(e => e.Name).Order(StringComparer.Ordinal));

        using var missing = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/recommendations/{Guid.NewGuid()}/dismiss", new { reason = "not for us" });
        Assert.Equal(HttpStatusCode.NotFound, missing.StatusCode);
        using var blank = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/recommendations/{Guid.NewGuid()}/dismiss", new { reason = " " });
        Assert.Equal(HttpStatusCode.BadRequest, blank.StatusCode);
        Assert.True((await blank.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("errors").TryGetProperty("reason", out _));
    }

    private static HashSet<string> Fingerprints(JsonElement page) =>
        page.GetProperty("items").EnumerateArray()
            .Where(i => i.GetProperty("status").GetString() == "open")
            .Select(i => $"{Kind(i.GetProperty("kind").GetString()!)}|{i.GetProperty("target").GetString()}")
            .ToHashSet(StringComparer.Ordinal);

    private static string Kind(string camel) => char.ToUpperInvariant(camel[0]) + camel[1..];
}
