using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Connectors;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;

namespace GrainMarketing.IntegrationTests.Connectors;

/// <summary>
/// Changes rules and recommendations make, pushed to tools/FakePlatforms by the account's write-back grain in the
/// silo process, confirmed by reading back, and shown on the campaign's automation answer and in the audit trail. Each
/// test takes its own seeded campaigns (account 1 of each platform), so the shared fake's entities never clash.
/// </summary>
[Collection(WriteBackCollection.Name)]
public sealed class WriteBackTests(WriteBackCluster fixture)
{
    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task APauseIsPushedToMetaConfirmedByReadingItBackAndAudited()
    {
        var (tenant, connection, campaign) = await ConnectAsync("meta", campaign: 50, writeBack: true, dryRun: false);
        var before = await LastRequestAsync();

        await PlayAsync(tenant, AdPlatform.Meta, campaign, new RuleAction(RuleActionType.Pause));

        var change = await ChangeAsync(tenant, "meta", campaign, c => c.GetProperty("state").GetString() == "confirmed");
        Assert.Equal(("status", "paused", "confirmed", $"POST {campaign} status=PAUSED"),
            (change.GetProperty("field").GetString(), change.GetProperty("to").GetString(), change.GetProperty("state").GetString(), change.GetProperty("sent").GetString()));
        Assert.False((bool)(await FakeCampaignAsync("meta", campaign))["active"]!);
        var requests = await RequestsSinceAsync(before, "meta", campaign);
        Assert.Equal([("POST", 200), ("GET", 200)], requests);

        // Seen on the next pull: the sync takes each campaign's status from the platform's listing, so a pause the
        // platform did not hold would turn the campaign active again here.
        using var pulled = await Api.PostAsync($"api/v1/tenants/{tenant}/connections/{connection}/sync", null);
        var run = Assert.Single((await pulled.Content.ReadFromJsonAsync<JsonElement>()).EnumerateArray()).GetProperty("runs")[0];
        Assert.Equal(JsonValueKind.Null, run.GetProperty("error").ValueKind);
        Assert.True(run.GetProperty("finishedAt").GetDateTimeOffset() > change.GetProperty("updatedAt").GetDateTimeOffset());
        var listed = await Eventually.ReadAsync(
            () => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/meta:{campaign}?window=7d"),
            c => c.GetProperty("metadata").GetProperty("name").GetString() is not null && c.GetProperty("metadata").GetProperty("status").GetString() == "paused");
        Assert.Equal(((string)(await FakeCampaignAsync("meta", campaign))["name"]!, "paused"),
            (listed.GetProperty("metadata").GetProperty("name").GetString(), listed.GetProperty("metadata").GetProperty("status").GetString()));
        var audit = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audit?action=automation.platform."), a => a.GetProperty("items").GetArrayLength() == 2);
        Assert.Equal(
            [("automation.platform.confirmed", $"connection:{connection}", $"meta:{campaign}"), ("automation.platform.sent", $"connection:{connection}", $"meta:{campaign}")],
            audit.GetProperty("items").EnumerateArray().Select(e => (e.GetProperty("action").GetString(), e.GetProperty("actor").GetString(), e.GetProperty("target").GetString()))
                .OrderBy(e => e.Item1, StringComparer.Ordinal).ToList());
    }

    [Fact]
    public async Task AMetaAdSetBudgetGoesToTheAdSetInMinorUnitsAndIsConfirmed()
    {
        var (tenant, _, campaign) = await ConnectAsync("meta", campaign: 49, writeBack: true, dryRun: false);
        var adSet = (string)(await FakeCampaignAsync("meta", campaign))["adSets"]![0]!["id"]!;

        await PlayAsync(tenant, AdPlatform.Meta, campaign, new RuleAction(RuleActionType.SetBudget, Amount: 45.5m), new RuleScope(RuleLevel.AdSet, AdSetIds: [adSet]));

        var change = await ChangeAsync(tenant, "meta", campaign, c => c.GetProperty("state").GetString() == "confirmed");
        Assert.Equal(($"meta:{campaign}/adset/{adSet}", $"POST {adSet} daily_budget=4550"), (change.GetProperty("target").GetString(), change.GetProperty("sent").GetString()));
        var stored = (await FakeCampaignAsync("meta", campaign))["adSets"]!.AsArray().OfType<JsonObject>().Single(s => (string)s["id"]! == adSet);
        Assert.Equal(4_550, (long)stored["dailyBudgetMinor"]!);
    }

    [Fact]
    public async Task AGoogleBudgetIsSentAsAmountMicrosInWholeCentsAndConfirmed()
    {
        var (tenant, _, campaign) = await ConnectAsync("google", campaign: 50, writeBack: true, dryRun: false);

        await PlayAsync(tenant, AdPlatform.Google, campaign, new RuleAction(RuleActionType.SetBudget, Amount: 123.455m));

        var change = await ChangeAsync(tenant, "google", campaign, c => c.GetProperty("state").GetString() == "confirmed");
        // The rule path keeps budgets to the cent (123.46); Google gets that in micros, a multiple of 10,000.
        Assert.Equal(("123.46", $"campaignBudgets:mutate (campaign {campaign}) amountMicros=123460000"), (change.GetProperty("to").GetString(), change.GetProperty("sent").GetString()));
        Assert.Equal(12_346, (long)(await FakeCampaignAsync("google", campaign))["dailyBudgetMinor"]!);
    }

    [Fact]
    public async Task ATikTokPauseIsSentAsDisableAndConfirmedFromTheCampaignList()
    {
        var (tenant, _, campaign) = await ConnectAsync("tiktok", campaign: 50, writeBack: true, dryRun: false);

        await PlayAsync(tenant, AdPlatform.TikTok, campaign, new RuleAction(RuleActionType.Pause));

        var change = await ChangeAsync(tenant, "tiktok", campaign, c => c.GetProperty("state").GetString() == "confirmed");
        Assert.Equal($"campaign/status/update/ {campaign} operation_status=DISABLE", change.GetProperty("sent").GetString());
        Assert.False((bool)(await FakeCampaignAsync("tiktok", campaign))["active"]!);
    }

    [Fact]
    public async Task ASnapchatBudgetIsWrittenWholeInMicroCurrencyAndConfirmed()
    {
        var (tenant, _, campaign) = await ConnectAsync("snapchat", campaign: 50, writeBack: true, dryRun: false);
        var before = await LastRequestAsync();

        await PlayAsync(tenant, AdPlatform.Snapchat, campaign, new RuleAction(RuleActionType.SetBudget, Amount: 80.5m));

        var change = await ChangeAsync(tenant, "snapchat", campaign, c => c.GetProperty("state").GetString() == "confirmed");
        Assert.Equal($"PUT campaign {campaign} daily_budget_micro=80500000", change.GetProperty("sent").GetString());
        Assert.Equal(8_050, (long)(await FakeCampaignAsync("snapchat", campaign))["dailyBudgetMinor"]!);
        var puts = (await fixture.Platforms.Http.GetFromJsonAsync<JsonArray>($"_fake/requests?after={before}&platform=snapchat"))!
            .Where(r => (string)r!["method"]! == "PUT").Select(r => ((string)r!["path"]!, (int)r["status"]!)).ToList();
        Assert.Contains(puts, put => put.Item1.EndsWith("/campaigns", StringComparison.Ordinal) && put.Item2 == 200);
    }

    [Fact]
    public async Task AChangeMadeBeforeAnySyncMappedItsCampaignIsPushedByTheAccountsReminder()
    {
        var (tenant, connection, account, campaign) = await ConnectAsync("meta", campaign: 54, writeBack: true, dryRun: false, remember: false);
        // No sync has seen the campaign yet: the hint finds no account, as a lost one would.
        await PlayAsync(tenant, AdPlatform.Meta, campaign, new RuleAction(RuleActionType.Pause));
        Assert.Equal("pending", (await ChangeAsync(tenant, "meta", campaign, _ => true)).GetProperty("state").GetString());

        await fixture.Grains.GetGrain<IPlatformAccountIndexGrain>(PlatformAccountIndexKey.For(tenant, AdPlatform.Meta)).RememberAsync(new AccountRef(connection, account), [campaign]);

        var change = await ChangeAsync(tenant, "meta", campaign, c => c.GetProperty("state").GetString() == "confirmed", SharedSilo.WriteBackCheck * 3);
        Assert.Equal($"POST {campaign} status=PAUSED", change.GetProperty("sent").GetString());
        Assert.False((bool)(await FakeCampaignAsync("meta", campaign))["active"]!);
    }

    [Fact]
    public async Task WithWriteBackOffNothingIsSentAndTheChangeWaitsForAPerson()
    {
        var (tenant, _, campaign) = await ConnectAsync("meta", campaign: 51, writeBack: false, dryRun: false);
        var before = await LastRequestAsync();

        await PlayAsync(tenant, AdPlatform.Meta, campaign, new RuleAction(RuleActionType.Pause));

        var change = await ChangeAsync(tenant, "meta", campaign, c => c.GetProperty("reason").GetString() is not null);
        Assert.Equal(("pending", "Write-back is off on this connection: apply the change at the platform by hand."),
            (change.GetProperty("state").GetString(), change.GetProperty("reason").GetString()));
        Assert.Empty(await RequestsSinceAsync(before, "meta", campaign));
        Assert.True((bool)(await FakeCampaignAsync("meta", campaign))["active"]!);
    }

    [Fact]
    public async Task ADryRunConnectionRecordsWhatItWouldHaveSentAndSendsNothing()
    {
        var (tenant, _, campaign) = await ConnectAsync("meta", campaign: 52, writeBack: true, dryRun: true);
        var before = await LastRequestAsync();
        var budget = (long)(await FakeCampaignAsync("meta", campaign))["dailyBudgetMinor"]!;

        await PlayAsync(tenant, AdPlatform.Meta, campaign, new RuleAction(RuleActionType.SetBudget, Amount: 75m));

        var change = await ChangeAsync(tenant, "meta", campaign, c => c.GetProperty("state").GetString() == "dryRun");
        Assert.Equal($"POST {campaign} daily_budget=7500", change.GetProperty("sent").GetString());
        Assert.Empty(await RequestsSinceAsync(before, "meta", campaign));
        Assert.Equal(budget, (long)(await FakeCampaignAsync("meta", campaign))["dailyBudgetMinor"]!);
        var audit = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/audit?action=automation.platform.dryRun"), a => a.GetProperty("items").GetArrayLength() == 1);
        Assert.Equal($"meta:{campaign}", Assert.Single(audit.GetProperty("items").EnumerateArray()).GetProperty("target").GetString());
    }

    [Fact]
    public async Task AMetaBudgetChangeBeyondFourAnHourWaitsAndIsNotFailed()
    {
        var (tenant, _, campaign) = await ConnectAsync("meta", campaign: 53, writeBack: true, dryRun: false);
        // Four budget changes made at the platform by someone else this hour: Meta refuses a fifth with error 17.
        for (var i = 0; i < 4; i++)
        {
            using var direct = new HttpRequestMessage(HttpMethod.Post, $"meta/{SharedPlatforms.MetaVersion}/{campaign}")
            {
                Content = new FormUrlEncodedContent([new("daily_budget", (5_000 + i).ToString(CultureInfo.InvariantCulture))]),
            };
            direct.Headers.Authorization = new("Bearer", MetaToken);
            Assert.Equal(HttpStatusCode.OK, (await fixture.Platforms.Http.SendAsync(direct)).StatusCode);
        }

        var played = DateTimeOffset.UtcNow;
        await PlayAsync(tenant, AdPlatform.Meta, campaign, new RuleAction(RuleActionType.SetBudget, Amount: 120m));

        var change = await ChangeAsync(tenant, "meta", campaign, c => c.GetProperty("retryAt").ValueKind == JsonValueKind.String);
        Assert.Equal("pending", change.GetProperty("state").GetString());
        Assert.Contains("(#17)", change.GetProperty("reason").GetString(), StringComparison.Ordinal);
        Assert.True(change.GetProperty("retryAt").GetDateTimeOffset() >= played.AddSeconds(59), change.GetProperty("retryAt").GetRawText());
        Assert.Equal(5_003, (long)(await FakeCampaignAsync("meta", campaign))["dailyBudgetMinor"]!);
    }

    private const string MetaToken = "fake-meta-system-user-token";

    /// <summary>
    /// A tenant connected to account 1 of the platform with the given switches, and one of its seeded campaigns registered
    /// with us as the sync would leave it: in the account index and with its metadata.
    /// </summary>
    private async Task<(string Tenant, Guid Connection, string Campaign)> ConnectAsync(string platform, int campaign, bool writeBack, bool dryRun)
    {
        var (tenant, connection, _, campaignId) = await ConnectAsync(platform, campaign, writeBack, dryRun, remember: true);
        return (tenant, connection, campaignId);
    }

    /// <param name="remember">Whether the account index learns the campaign's account now, as a sync would.</param>
    private async Task<(string Tenant, Guid Connection, string Account, string Campaign)> ConnectAsync(string platform, int campaign, bool writeBack, bool dryRun, bool remember)
    {
        var tenant = TenantJson.UniqueId("wb");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));
        var account = await fixture.Platforms.AccountAsync(platform, 1);
        var (accountId, currency) = ((string)account["id"]!, (string)account["currency"]!);
        var token = platform == "meta" ? MetaToken : await fixture.Platforms.TokenAsync(platform);
        using var created = await Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/connections", new { platform, name = $"{platform} write-back", accessToken = token, writeBack, dryRun });
        Assert.Equal(HttpStatusCode.Created, created.StatusCode);
        var connection = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetGuid();
        // Selecting starts the account's sync: one day of history keeps it light.
        using var selected = await Api.PutAsJsonAsync($"api/v1/tenants/{tenant}/connections/{connection}/accounts", new { accountIds = new[] { accountId }, backfillDays = 1 });
        Assert.Equal(HttpStatusCode.OK, selected.StatusCode);

        var campaignId = (string)account["campaigns"]![campaign]!["id"]!;
        var adPlatform = Enum.Parse<AdPlatform>(platform, ignoreCase: true);
        if (remember)
        {
            await fixture.Grains.GetGrain<IPlatformAccountIndexGrain>(PlatformAccountIndexKey.For(tenant, adPlatform)).RememberAsync(new AccountRef(connection, accountId), [campaignId]);
        }

        await fixture.Grains.GetGrain<ICampaignGrain>(new CampaignKey(tenant, adPlatform, campaignId).ToString())
            .UpdateMetadataAsync(new CampaignMetadata(Status: CampaignStatus.Active, DailyBudget: 100m, Currency: currency));
        return (tenant, connection, accountId, campaignId);
    }

    /// <summary>Plays one action on the campaign (or the ad set <paramref name="scope"/> names) now, as an applied recommendation does.</summary>
    private async Task PlayAsync(string tenant, AdPlatform platform, string campaign, RuleAction action, RuleScope? scope = null)
    {
        var now = DateTimeOffset.UtcNow;
        var instruction = new RuleDetails(Guid.NewGuid(), 1, new RuleDefinition("Write-back test", [], [action], scope), now, "test", now, "test");
        var firing = await fixture.Grains.GetGrain<ICampaignGrain>(new CampaignKey(tenant, platform, campaign).ToString()).PlayAsync(instruction);
        Assert.Equal(FiringKind.Fired, firing.Kind);
    }

    /// <summary>The campaign's one change for the platform once <paramref name="done"/> holds, as the API shows it.</summary>
    private async Task<JsonElement> ChangeAsync(string tenant, string platform, string campaign, Func<JsonElement, bool> done, TimeSpan? within = null)
    {
        var automation = await Eventually.ReadAsync(
            () => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/{platform}:{campaign}/automation"),
            a => a.GetProperty("pendingChanges").GetArrayLength() == 1 && done(a.GetProperty("pendingChanges")[0]),
            within);
        return Assert.Single(automation.GetProperty("pendingChanges").EnumerateArray());
    }

    private async Task<JsonObject> FakeCampaignAsync(string platform, string campaign) =>
        (await fixture.Platforms.AccountAsync(platform, 1))["campaigns"]!.AsArray().OfType<JsonObject>().Single(c => (string)c["id"]! == campaign);

    private async Task<long> LastRequestAsync() =>
        (await fixture.Platforms.Http.GetFromJsonAsync<JsonArray>("_fake/requests"))!.Select(r => (long)r!["sequence"]!).DefaultIfEmpty(0).Max();

    /// <summary>The platform requests about the campaign since <paramref name="after"/>: method and status.</summary>
    private async Task<List<(string Method, int Status)>> RequestsSinceAsync(long after, string platform, string campaign) =>
        [.. (await fixture.Platforms.Http.GetFromJsonAsync<JsonArray>($"_fake/requests?after={after}&platform={platform}"))!
            .Where(r => ((string)r!["path"]!).Contains(campaign, StringComparison.Ordinal) || ((string)r["query"]!).Contains(campaign, StringComparison.Ordinal))
            .Select(r => ((string)r!["method"]!, (int)r["status"]!))];
}
