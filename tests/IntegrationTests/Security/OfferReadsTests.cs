using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Profiles;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>
/// Reading a customer's offers changes nothing, so a read key cannot move a campaign's results nor wake profiles
/// for made-up customers; the app records a delivery with an ingest-scoped step.
/// </summary>
[Collection(AlertsCollection.Name)]
public sealed class OfferReadsTests(AlertsCluster fixture)
{
    [Fact]
    public async Task ReadingOffersRecordsNoDeliveryAndTheDeliverStepNeedsIngestScope()
    {
        var (tenant, campaign) = await ActiveCampaignAsync();
        using var reader = await KeyClientAsync(tenant, "read");
        using var app = await KeyClientAsync(tenant, "ingest");

        var offers = await Eventually.ReadAsync(() => reader.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/users/ana/offers"), body => body.GetArrayLength() == 1);
        await reader.GetStringAsync($"api/v1/tenants/{tenant}/users/ana/offers");
        Assert.Equal(campaign, offers[0].GetProperty("campaign").GetString());
        Assert.Equal(0, (await ResultsAsync(tenant, campaign)).GetProperty("delivered").GetInt32());

        using var byReader = await reader.PostAsJsonAsync($"api/v1/tenants/{tenant}/offers/{campaign}/deliver", new { userId = "ana" });
        using var byApp = await app.PostAsJsonAsync($"api/v1/tenants/{tenant}/offers/{campaign}/deliver", new { userId = "ana" });

        Assert.Equal((HttpStatusCode.Forbidden, HttpStatusCode.Accepted), (byReader.StatusCode, byApp.StatusCode));
        Assert.Equal("delivered", (await byApp.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("kind").GetString());
        await Eventually.ReadAsync(() => ResultsAsync(tenant, campaign), results => results.GetProperty("delivered").GetInt32() == 1);
    }

    [Fact]
    public async Task AnUnknownCustomersOffersAreEmptyAndNoProfileWakes()
    {
        var tenant = TenantJson.UniqueId("offer-reads");
        await TenantJson.CreateAsync(fixture.Api, TenantJson.NewTenant(tenant));
        using var reader = await KeyClientAsync(tenant, "read");

        Assert.Equal("[]", await reader.GetStringAsync($"api/v1/tenants/{tenant}/users/nobody/offers"));

        var active = await fixture.Grains.GetGrain<IManagementGrain>(0).GetActiveGrains(GrainType.Create("user-profile"));
        Assert.DoesNotContain(new UserKey(tenant, "nobody").ToString(), active.Select(grain => grain.Key.ToString()));
    }

    /// <summary>Three new customers and an active welcome campaign that targets all of them.</summary>
    private async Task<(string Tenant, string Campaign)> ActiveCampaignAsync()
    {
        var api = fixture.Api;
        var tenant = TenantJson.UniqueId("offer-reads");
        await TenantJson.CreateAsync(api, TenantJson.NewTenant(tenant));
        var items = new[] { "ana", "bo", "cy" }.Select(user => new
        {
            userId = user,
            amount = 40m,
            currency = "EUR",
            timestamp = DateTimeOffset.UtcNow.AddDays(-2).ToString("o", CultureInfo.InvariantCulture),
            category = "shoes",
            city = "Lyon",
        });
        (await api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/transactions", new { items })).EnsureSuccessStatusCode();
        await Eventually.ReadAsync(() => api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/segments"),
            body => body.EnumerateArray().Any(s => s.GetProperty("pattern").GetString() == "new" && s.GetProperty("size").GetInt32() == 3));
        using var created = await api.PostAsJsonAsync($"api/v1/tenants/{tenant}/offer-campaigns", new
        {
            name = "Welcome",
            type = "welcome",
            criteria = new { patterns = new[] { "new" } },
            offer = new { kind = "percentOff", value = 25 },
            durationDays = 21,
            holdoutShare = 0,
        });
        var campaign = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        (await api.PostAsync($"api/v1/tenants/{tenant}/offer-campaigns/{campaign}/activate", null)).EnsureSuccessStatusCode();
        return (tenant, campaign);
    }

    private Task<JsonElement> ResultsAsync(string tenant, string campaign) =>
        fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/offer-campaigns/{campaign}/results");

    private async Task<HttpClient> KeyClientAsync(string tenant, string scope)
    {
        var client = fixture.NewClient();
        client.DefaultRequestHeaders.Add("X-Api-Key", await TestAccounts.CreateKeyAsync(fixture.Api, tenant, scope));
        return client;
    }
}
