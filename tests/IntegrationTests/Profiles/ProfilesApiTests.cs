using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Profiles;

/// <summary>Customer transactions over real HTTP, through the PostgreSQL journal, into live profiles and the behaviour segments they form.</summary>
[Collection(ApiCollection.Name)]
public sealed class ProfilesApiTests(ApiCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task IngestedPurchasesBuildTheProfileAndPlaceTheCustomerInSegmentsThatPageTheirMembers()
    {
        var tenant = TenantJson.UniqueId("profiles");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));
        var now = DateTimeOffset.UtcNow;
        var saturday = now.AddDays(-(((int)now.DayOfWeek + 1) % 7) - 7);
        var items = new List<object>();
        foreach (var user in new[] { "ana", "bo", "cy" })
        {
            for (var week = 0; week < 3; week++)
            {
                items.Add(new { userId = user, amount = 20m, currency = "eur", timestamp = saturday.AddDays(-7 * week).ToString("o", CultureInfo.InvariantCulture), category = "Grocery", city = "Lyon" });
            }
        }

        items.Add(new { userId = "dee", amount = 5m, currency = "EUR", timestamp = now.AddHours(-1).ToString("o", CultureInfo.InvariantCulture), category = "fuel", city = "Nice" });
        using var ingested = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/transactions", new { items });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);

        var profile = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/users/ana/profile"), p => p.GetProperty("metrics").GetProperty("transactions").GetInt32() == 3);
        Assert.Equal((60m, "grocery", 1.0), (profile.GetProperty("metrics").GetProperty("spend").GetDecimal(),
            profile.GetProperty("metrics").GetProperty("topCategory").GetString(), profile.GetProperty("metrics").GetProperty("weekendShare").GetDouble()));
        Assert.Equal(["weekend", "categoryFocused", "locationClustered", "new"], profile.GetProperty("patterns").EnumerateArray().Select(p => p.GetString()));

        var sizes = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/segments"), s => Size(s, "new") == 4);
        Assert.Equal((3, 3, 4, 0), (Size(sizes, "weekend"), Size(sizes, "locationClustered"), Size(sizes, "new"), Size(sizes, "frequent")));
        Assert.Equal((60m, 46.25m), (Segment(sizes, "weekend").GetProperty("averageSpend").GetDecimal(), Segment(sizes, "new").GetProperty("averageSpend").GetDecimal()));
        Assert.Equal((JsonValueKind.Null, JsonValueKind.Null), (Segment(sizes, "frequent").GetProperty("averageSpend").ValueKind, Segment(sizes, "new").GetProperty("trend").ValueKind));

        var first = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/segments/weekend?limit=2");
        var second = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/segments/weekend?limit=2&after={first.GetProperty("next").GetString()}");
        Assert.Equal(["ana", "bo"], first.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("userId").GetString()));
        Assert.Equal(["cy"], second.GetProperty("members").EnumerateArray().Select(m => m.GetProperty("userId").GetString()));
        var cy = second.GetProperty("members")[0];
        Assert.Equal((60m, 3), (cy.GetProperty("spend").GetDecimal(), cy.GetProperty("transactions").GetInt32()));
        // PostgreSQL keeps microseconds, the clock here ticks in tenths of them.
        Assert.InRange((cy.GetProperty("lastSeen").GetDateTimeOffset() - saturday).Duration(), TimeSpan.Zero, TimeSpan.FromMilliseconds(1));
        Assert.Equal(JsonValueKind.Null, second.GetProperty("next").ValueKind);

        var weekendEntries = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/segments/changes?pattern=weekend&kind=entered&limit=2");
        var olderEntries = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/segments/changes?pattern=weekend&kind=entered&limit=2&before={weekendEntries.GetProperty("next").GetInt64()}");
        var dee = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/segments/changes?userId=dee");
        var exits = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/segments/changes?kind=exited");
        var all = await Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/segments/changes?limit=500");
        Assert.Equal(["ana", "bo", "cy"], weekendEntries.GetProperty("items").EnumerateArray().Concat(olderEntries.GetProperty("items").EnumerateArray())
            .Select(c => c.GetProperty("userId").GetString()).Order(StringComparer.Ordinal));
        Assert.Equal(JsonValueKind.Null, olderEntries.GetProperty("next").ValueKind);
        Assert.Equal([("new", "entered")], dee.GetProperty("items").EnumerateArray().Select(c => (c.GetProperty("pattern").GetString(), c.GetProperty("kind").GetString())));
        Assert.Empty(exits.GetProperty("items").EnumerateArray());
        Assert.Equal(3 * 4 + 1, all.GetProperty("items").GetArrayLength());

        using var unknown = await Api.GetAsync($"api/v1/tenants/{tenant}/segments/loyal?limit=0");
        Assert.Equal(["limit", "pattern"], ProblemJson.ErrorFields(await ProblemJson.ReadAsync(unknown, HttpStatusCode.BadRequest, "validation")).Order(StringComparer.Ordinal));
        using var badChanges = await Api.GetAsync($"api/v1/tenants/{tenant}/segments/changes?pattern=loyal&kind=left&userId=a%20b&from=soon&limit=501&before=0");
        Assert.Equal(["before", "from", "kind", "limit", "pattern", "userId"],
            ProblemJson.ErrorFields(await ProblemJson.ReadAsync(badChanges, HttpStatusCode.BadRequest, "validation")).Order(StringComparer.Ordinal));
        Assert.Equal(HttpStatusCode.NotFound, (await Api.GetAsync($"api/v1/tenants/{tenant}/users/nobody/profile")).StatusCode);
    }

    [Fact]
    public async Task TheLiveFeedPushesEachEntryOnceWithTheSegmentSizes()
    {
        var tenant = TenantJson.UniqueId("profiles-live");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        using var request = new HttpRequestMessage(HttpMethod.Get, $"api/v1/tenants/{tenant}/live");
        using var response = await Api.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancel.Token);
        using var events = new StreamReader(await response.Content.ReadAsStreamAsync(cancel.Token));
        var first = await LiveFeed.NextUpdateAsync(events, cancel.Token);

        var at = DateTimeOffset.UtcNow.AddHours(-1).ToString("o", CultureInfo.InvariantCulture);
        using var ingested = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/ingest/transactions",
            new { items = new[] { new { userId = "eve", amount = 12m, currency = "EUR", timestamp = at } } });
        Assert.Equal(HttpStatusCode.Accepted, ingested.StatusCode);
        var pushed = new List<JsonElement>();
        JsonElement update;
        do
        {
            update = await LiveFeed.NextUpdateAsync(events, cancel.Token);
            pushed.AddRange(update.GetProperty("patternChanges").EnumerateArray());
        }
        while (pushed.Count == 0);

        // Two ticks more: nothing is sent twice, and the shards (told after the table) show the entry by now.
        for (var tick = 0; tick < 2; tick++)
        {
            update = await LiveFeed.NextUpdateAsync(events, cancel.Token);
            pushed.AddRange(update.GetProperty("patternChanges").EnumerateArray());
        }

        Assert.Empty(first.GetProperty("patternChanges").EnumerateArray());
        Assert.Equal(0, Size(first.GetProperty("segments"), "new"));
        var entry = Assert.Single(pushed);
        Assert.Equal(("eve", "new", "entered"), (entry.GetProperty("userId").GetString(), entry.GetProperty("pattern").GetString(), entry.GetProperty("kind").GetString()));
        Assert.Equal(1, Size(update.GetProperty("segments"), "new"));
        Assert.Equal(12m, Segment(update.GetProperty("segments"), "new").GetProperty("averageSpend").GetDecimal());
    }

    private static JsonElement Segment(JsonElement sizes, string pattern) =>
        sizes.EnumerateArray().Single(s => s.GetProperty("pattern").GetString() == pattern);

    private static int Size(JsonElement sizes, string pattern) =>
        sizes.EnumerateArray().Single(s => s.GetProperty("pattern").GetString() == pattern).GetProperty("size").GetInt32();
}
