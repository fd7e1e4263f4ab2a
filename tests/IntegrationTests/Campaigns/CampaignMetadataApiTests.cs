using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Campaigns;

/// <summary>Campaign metadata set apart from the data: <c>PATCH /api/v1/tenants/{tenant}/campaigns/{id}</c>.</summary>
[Collection(ApiCollection.Name)]
public sealed class CampaignMetadataApiTests(ApiCluster fixture)
{
    private readonly HttpClient _api = fixture.Api;

    [Fact]
    public async Task MetadataSetBeforeAnyDataCreatesTheCampaignAndLaterPatchesMerge()
    {
        var tenant = await NewTenantAsync();

        using var created = await _api.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/google:77",
            new { name = " Winter boots ", objective = "conversions", status = "active", dailyBudget = 250.5m, currency = "eur" });
        Assert.Equal(HttpStatusCode.OK, created.StatusCode);
        using var paused = await _api.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/google:77", new { status = "paused" });
        Assert.Equal(HttpStatusCode.OK, paused.StatusCode);

        var campaign = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/google:77");
        var metadata = campaign.GetProperty("metadata");
        Assert.Equal("Winter boots", metadata.GetProperty("name").GetString());
        Assert.Equal("conversions", metadata.GetProperty("objective").GetString());
        Assert.Equal("paused", metadata.GetProperty("status").GetString(), ignoreCase: true);
        Assert.Equal(250.5m, metadata.GetProperty("dailyBudget").GetDecimal());
        Assert.Equal("EUR", metadata.GetProperty("currency").GetString());
        Assert.Equal(0, campaign.GetProperty("totals").GetProperty("impressions").GetInt64());

        var listed = await _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns?status=paused");
        Assert.Equal(["google:77"], listed.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()));
    }

    [Fact]
    public async Task BadMetadataIsRefusedNamingEveryFieldAndChangesNothing()
    {
        var tenant = await NewTenantAsync();

        using var response = await _api.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/meta:5",
            new { name = " ", status = "running", dailyBudget = -1, currency = "EURO", creativeFormat = new string('x', 61) });

        var problem = await ProblemJson.ReadAsync(response, HttpStatusCode.BadRequest, "validation");
        Assert.Equal(["creativeFormat", "currency", "dailyBudget", "name", "status"], ProblemJson.ErrorFields(problem));
        using var campaign = await _api.GetAsync($"api/v1/tenants/{tenant}/campaigns/meta:5");
        Assert.Equal(HttpStatusCode.NotFound, campaign.StatusCode);
    }

    [Fact]
    public async Task AnEmptyPatchAnUnknownFieldAndAnUnknownTenantAreRefused()
    {
        var tenant = await NewTenantAsync();

        using var empty = await _api.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/meta:5", new { });
        Assert.Equal(["$"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(empty, HttpStatusCode.BadRequest, "validation")));
        using var unknownField = await _api.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/meta:5", new { budget = 10 });
        Assert.Equal(HttpStatusCode.BadRequest, unknownField.StatusCode);
        using var unknownTenant = await _api.PatchAsJsonAsync("api/v1/tenants/no-such-tenant/campaigns/meta:5", new { name = "x" });
        Assert.Equal(HttpStatusCode.NotFound, unknownTenant.StatusCode);
    }

    [Fact]
    public async Task TheListFiltersByNameOrIdIgnoringCaseAndRefusesAnOverlongName()
    {
        var tenant = await NewTenantAsync();
        foreach (var (id, name) in new[] { ("meta:1", "Black Friday - Prospecting"), ("google:friday-2", "Search - Brand"), ("meta:3", "Always on") })
        {
            using var named = await _api.PatchAsJsonAsync($"api/v1/tenants/{tenant}/campaigns/{id}", new { name });
            Assert.Equal(HttpStatusCode.OK, named.StatusCode);
        }

        var listed = await Eventually.ReadAsync(
            () => _api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns?name=FRIDAY&sort=spend&order=asc"),
            body => body.GetProperty("total").GetInt32() == 2, TimeSpan.FromSeconds(10));
        Assert.Equal(["google:friday-2", "meta:1"], listed.GetProperty("items").EnumerateArray().Select(c => c.GetProperty("id").GetString()).Order(StringComparer.Ordinal));

        using var overlong = await _api.GetAsync($"api/v1/tenants/{tenant}/campaigns?name={new string('x', 201)}");
        Assert.Equal(HttpStatusCode.BadRequest, overlong.StatusCode);
        Assert.Contains("\"name\"", await overlong.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    private async Task<string> NewTenantAsync()
    {
        var id = TenantJson.UniqueId("meta-patch");
        await TenantJson.CreateAsync(_api, TenantJson.NewTenant(id, zone: "Etc/UTC"));
        return id;
    }
}
