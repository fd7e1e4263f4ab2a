using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Offers;

/// <summary>
/// The app's side of offers over real HTTP on the Postgres profile: customers' purchases through the
/// journal into their profiles and rows, a campaign built from those rows, the offers each customer is
/// answered, and their views and conversions travelling on their streams into the campaign's results.
/// </summary>
[Collection(ApiCollection.Name)]
public sealed class UserOffersApiTests(ApiCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task ACustomerSeesTheOfferAndTheirViewAndConversionReachTheResults()
    {
        var tenant = TenantJson.UniqueId("user-offers");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));
        var now = DateTimeOffset.UtcNow;
        var items = new[] { "ana", "bo", "cy" }.Select(user => new
        {
            userId = user,
            amount = 40m,
            currency = "EUR",
            timestamp = now.AddDays(-2).ToString("o", CultureInfo.InvariantCulture),
            category = "shoes",
            city = "Lyon",
        });
        using var ingested = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/transactions", new { items });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/segments"), body => body.EnumerateArray().Any(s => s.GetProperty("pattern").GetString() == "new" && s.GetProperty("size").GetInt32() == 3));

        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/offer-campaigns", new
        {
            name = "Welcome",
            type = "welcome",
            criteria = new { patterns = new[] { "new" } },
            offer = new { kind = "percentOff", value = 25 },
            durationDays = 21,
            holdoutShare = 0,
        });
        var campaign = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString()!;
        using var activated = await Api.PostAsync($"api/v1/tenants/{tenant}/offer-campaigns/{campaign}/activate", null);
        Assert.Equal(3, (await activated.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("targets").GetInt32());

        var offers = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/users/ana/offers"), body => body.GetArrayLength() == 1);
        var offer = Assert.Single(offers.EnumerateArray());
        Assert.Equal((campaign, "welcome", "percentOff"), (offer.GetProperty("campaign").GetString(), offer.GetProperty("type").GetString(), offer.GetProperty("offer").GetProperty("kind").GetString()));
        // p = (0 + 1) / (0 + 10); average purchase 40, a quarter of it the offer's cost.
        Assert.Equal(0.1m * 30m, offer.GetProperty("expectedValue").GetDecimal());

        using var delivered = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/offers/{campaign}/deliver", new { userId = "ana" });
        using var viewed = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/offers/{campaign}/view", new { userId = "ana", eventId = "ana-view-1" });
        using var converted = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/offers/{campaign}/convert", new { userId = "ana", amount = 60m, eventId = "ana-buy-1" });
        using var again = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/offers/{campaign}/convert", new { userId = "ana", amount = 60m, eventId = "ana-buy-1" });
        Assert.Equal((HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted, HttpStatusCode.Accepted),
            (delivered.StatusCode, viewed.StatusCode, converted.StatusCode, again.StatusCode));
        Assert.Equal("ana-buy-1", (await converted.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("eventId").GetString());

        var results = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/offer-campaigns/{campaign}/results"), body => body.GetProperty("converted").GetInt32() == 1);
        Assert.Equal((3, 1, 1, 1, 60m), (results.GetProperty("treated").GetInt32(), results.GetProperty("delivered").GetInt32(), results.GetProperty("viewed").GetInt32(),
            results.GetProperty("converted").GetInt32(), results.GetProperty("revenue").GetDecimal()));
        Assert.Equal(15m, results.GetProperty("offerCost").GetDecimal());
    }

    [Fact]
    public async Task BadStepsAreRefusedNamingEachFieldAndAnUnknownCampaignIsNotFound()
    {
        var tenant = TenantJson.UniqueId("offer-steps");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));

        using var noAmount = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/offers/some-campaign/convert", new { userId = "ana" });
        using var badStep = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/offers/some-campaign/wink", new { userId = "a b", amount = 5m });
        using var unknown = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/offers/no-such-campaign/view", new { userId = "ana" });
        using var badUser = await Api.GetAsync($"api/v1/tenants/{tenant}/users/a%20b/offers");

        Assert.Equal(["amount"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(noAmount, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal(["step", "userId"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(badStep, HttpStatusCode.BadRequest, "validation")).Order(StringComparer.Ordinal));
        await ProblemJson.ReadAsync(unknown, HttpStatusCode.NotFound, "not-found");
        Assert.Equal(["userId"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(badUser, HttpStatusCode.BadRequest, "validation")));
        Assert.Equal("[]", await Api.GetStringAsync($"api/v1/tenants/{tenant}/users/nobody/offers"));
    }
}
