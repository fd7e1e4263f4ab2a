using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;
using Npgsql;

namespace GrainMarketing.IntegrationTests.Offers;

/// <summary>Offer campaigns over real HTTP on the Postgres profile: target lists built from seeded <c>customer_profiles</c> rows, the lifecycle, refusals, results and the audit trail.</summary>
[Collection(ApiCollection.Name)]
public sealed class OfferCampaignsApiTests(ApiCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task ACampaignIsCreatedActivatedRefusedASecondTimePausedAndReportsItsResultsWithEachStepAudited()
    {
        var tenant = await TenantJson.CreateAsync(Api, TenantJson.NewTenant(TenantJson.UniqueId("offers")));
        var id = tenant.GetProperty("id").GetString()!;
        await using var dataSource = NpgsqlDataSource.Create(fixture.Cluster.ConnectionString);
        var now = DateTimeOffset.UtcNow;
        await SeededCustomers.InsertAsync(dataSource, [.. Enumerable.Range(0, 50).Select(i => new CustomerRow(
            id, $"c{i}", PatternBits.Of(i < 40 ? [BehaviorPattern.Weekend] : [BehaviorPattern.Frequent]), 80m, 6, 20m, 20m,
            now.AddDays(-50), now.AddDays(-2), "shoes", i % 2 == 0 ? "Lyon" : "Nice", now))]);
        var body = new
        {
            name = "Weekend in town",
            type = "weekendCashback",
            criteria = new { patterns = new[] { "weekend" } },
            offer = new { kind = "percentOff", value = 10, place = "theirLocations" },
            durationDays = 14,
            holdoutShare = 0.25,
        };

        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{id}/offer-campaigns", body);
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var campaign = await created.Content.ReadFromJsonAsync<JsonElement>();
        var campaignId = campaign.GetProperty("id").GetString()!;
        Assert.Equal($"/api/v1/tenants/{id}/offer-campaigns/{campaignId}", created.Headers.Location?.ToString());
        Assert.Equal(("draft", "manual", "theirLocations"), (campaign.GetProperty("status").GetString(), campaign.GetProperty("origin").GetString(),
            campaign.GetProperty("draft").GetProperty("offer").GetProperty("place").GetString()));
        Assert.Equal("no earlier weekendCashback campaign with results", campaign.GetProperty("expectedRoiBasis").GetString());

        var active = await PostAsync($"api/v1/tenants/{id}/offer-campaigns/{campaignId}/activate", HttpStatusCode.OK);
        Assert.Equal(("active", 40), (active.GetProperty("status").GetString(), active.GetProperty("targets").GetInt32()));
        var heldOut = active.GetProperty("heldOut").GetInt32();
        Assert.InRange(heldOut, 1, 25);
        Assert.Equal(active.GetProperty("startsAt").GetDateTimeOffset().AddDays(14), active.GetProperty("endsAt").GetDateTimeOffset());
        Assert.Equal(40L, await fixture.Cluster.QueryScalarAsync<long>($"SELECT count(*) FROM campaign_targets WHERE tenant = '{id}' AND place IN ('Lyon', 'Nice')"));

        var second = (await (await Api.PostAsJsonAsync($"api/v1/tenants/{id}/offer-campaigns", body with { name = "Again" })).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        using var refused = await Api.PostAsync($"api/v1/tenants/{id}/offer-campaigns/{second}/activate", null);
        var conflict = await ProblemJson.ReadAsync(refused, HttpStatusCode.Conflict, "conflict");
        Assert.Contains($"'{campaignId}'", conflict.GetProperty("detail").GetString(), StringComparison.Ordinal);

        var store = new PostgresCampaignTargetStore(dataSource);
        var targeting = await Task.WhenAll(Enumerable.Range(0, 40).Select(async i => (User: $"c{i}", Held: (await store.GetTargetingAsync(id, $"c{i}", default)).Single().HeldOut)));
        await store.RecordOutcomesAsync([.. targeting.Select((t, i) => t.Held
            ? new TargetOutcome(id, campaignId, t.User, 0, 0, 0, 0, 0m, i % 3 == 0 ? 1 : 0, i % 3 == 0 ? 30m : 0m, now)
            : new TargetOutcome(id, campaignId, t.User, 1, 1, i % 2, i % 2, i % 2 * 50m, 1, 50m + i, now))], default);

        var paused = await PostAsync($"api/v1/tenants/{id}/offer-campaigns/{campaignId}/pause", HttpStatusCode.OK);
        Assert.Equal("paused", paused.GetProperty("status").GetString());
        var results = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{id}/offer-campaigns/{campaignId}/results");
        var treated = targeting.Select((t, i) => (t, i)).Where(x => !x.t.Held).ToList();
        var converters = treated.Count(x => x.i % 2 == 1);
        Assert.Equal((40, 40 - heldOut, heldOut, 40 - heldOut, converters), (results.GetProperty("targets").GetInt32(), results.GetProperty("treated").GetInt32(),
            results.GetProperty("heldOut").GetInt32(), results.GetProperty("delivered").GetInt32(), results.GetProperty("converted").GetInt32()));
        Assert.Equal((converters * 50m, converters * 5m), (results.GetProperty("revenue").GetDecimal(), results.GetProperty("offerCost").GetDecimal()));
        Assert.Equal(9, results.GetProperty("roi").GetDouble(), 9);
        var buying = results.GetProperty("buyingRateUplift");
        Assert.Equal(1.0, buying.GetProperty("treated").GetDouble());
        Assert.True(buying.GetProperty("low").GetDouble() < buying.GetProperty("difference").GetDouble());

        var listed = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{id}/offer-campaigns?status=draft");
        Assert.Equal([second], listed.EnumerateArray().Select(c => c.GetProperty("id").GetString()));
        var trail = await fixture.Cluster.QueryScalarAsync<string>(
            $"SELECT string_agg(action || ':' || target, ',' ORDER BY id) FROM audit_log WHERE tenant = '{id}' AND action LIKE 'offer-campaign.%'");
        Assert.Equal($"offer-campaign.created:{campaignId},offer-campaign.activated:{campaignId},offer-campaign.created:{second},offer-campaign.paused:{campaignId}", trail);
    }

    [Fact]
    public async Task ABadCampaignGets400NamingEveryFieldByItsPathAndNothingIsStored()
    {
        var id = (await TenantJson.CreateAsync(Api, TenantJson.NewTenant(TenantJson.UniqueId("offers-bad")))).GetProperty("id").GetString();
        // The tenant's ad campaign registry is stored too: the campaign book must never read its row.
        (await Api.PatchAsJsonAsync($"api/v1/tenants/{id}/campaigns/meta:shoes", new { name = "Shoes" })).EnsureSuccessStatusCode();

        using var bad = await Api.PostAsJsonAsync($"api/v1/tenants/{id}/offer-campaigns", new
        {
            name = "",
            type = "bogus",
            criteria = new { patterns = new[] { "weekend", "loyal" }, city = "" },
            offer = new { kind = "percentOff", value = 150, place = "mars" },
            holdoutShare = 0.9,
        });
        using var unknown = await Api.PostAsJsonAsync($"api/v1/tenants/{id}/offer-campaigns", new { name = "x", colour = "red" });

        var problem = await ProblemJson.ReadAsync(bad, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["criteria.city", "criteria.patterns[1]", "durationDays", "holdoutShare", "name", "offer.place", "offer.value", "type"], ProblemJson.ErrorFields(problem));
        Assert.Equal(["colour"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(unknown, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal(0, (await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{id}/offer-campaigns")).GetArrayLength());
        using var filter = await Api.GetAsync($"api/v1/tenants/{id}/offer-campaigns?status=running&type=vip");
        Assert.Equal(["status", "type"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(filter, HttpStatusCode.BadRequest, "validation")));
    }

    [Fact]
    public async Task AReplaceNeedsTheCurrentVersionAndAnActiveCampaignKeepsItsSegment()
    {
        var id = (await TenantJson.CreateAsync(Api, TenantJson.NewTenant(TenantJson.UniqueId("offers-put")))).GetProperty("id").GetString();
        var body = new
        {
            name = "Welcome",
            type = "welcome",
            criteria = new { patterns = new[] { "new" } },
            offer = new { kind = "percentOff", value = 25 },
            durationDays = 21,
        };
        var campaignId = (await (await Api.PostAsJsonAsync($"api/v1/tenants/{id}/offer-campaigns", body)).Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        await PostAsync($"api/v1/tenants/{id}/offer-campaigns/{campaignId}/activate", HttpStatusCode.OK);

        using var stale = await PutAsync(id!, campaignId!, body with { name = "Welcome!" }, "\"1\"");
        using var retarget = await PutAsync(id!, campaignId!, body with { criteria = new { patterns = new[] { "new", "weekend" } } }, "\"2\"");
        using var renamed = await PutAsync(id!, campaignId!, body with { name = "Welcome!", durationDays = 7 }, "\"2\"");

        await ProblemJson.ReadAsync(stale, HttpStatusCode.Conflict, "conflict");
        await ProblemJson.ReadAsync(retarget, HttpStatusCode.Conflict, "conflict");
        Assert.Equal(HttpStatusCode.OK, renamed.StatusCode);
        var after = await renamed.Content.ReadFromJsonAsync<JsonElement>();
        Assert.Equal(("Welcome!", 3, 0.1), (after.GetProperty("draft").GetProperty("name").GetString(), after.GetProperty("version").GetInt32(),
            after.GetProperty("draft").GetProperty("holdoutShare").GetDouble()));
        Assert.Equal(HttpStatusCode.NoContent, (await Api.DeleteAsync($"api/v1/tenants/{id}/offer-campaigns/{campaignId}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"api/v1/tenants/{id}/offer-campaigns/{campaignId}")).StatusCode);
    }

    private async Task<JsonElement> PostAsync(string path, HttpStatusCode expected)
    {
        using var response = await Api.PostAsync(path, null);
        var text = await response.Content.ReadAsStringAsync();
        Assert.True(expected == response.StatusCode, $"expected {(int)expected}, got {(int)response.StatusCode}: {text}");
        return JsonDocument.Parse(text).RootElement.Clone();
    }

    private Task<HttpResponseMessage> PutAsync(string tenant, string campaign, object body, string version)
    {
        var request = new HttpRequestMessage(HttpMethod.Put, $"api/v1/tenants/{tenant}/offer-campaigns/{campaign}") { Content = JsonContent.Create(body) };
        request.Headers.IfMatch.ParseAdd(version);
        return Api.SendAsync(request);
    }
}
