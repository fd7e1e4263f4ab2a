using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.Connectors;

/// <summary>
/// Accounts synced end to end: a credential connects, one account is selected with a backfill, the silo's account grain
/// pulls it from tools/FakePlatforms through each platform's own protocol (Meta's async report runs and string metrics,
/// Google's GAQL and micros, TikTok's envelopes and pages, Snapchat's micro-currency stats), and our documented API then
/// answers what the fake platform's truth holds, to the cent, per campaign and day and, for a day, per breakdown.
/// </summary>
[Collection(ConnectorsCollection.Name)]
public sealed class SyncTests(ConnectorsCluster fixture)
{
    private SyncProbe Probe => new(fixture.Api, fixture.Platforms);

    [Theory]
    [InlineData("meta", "age,gender")]
    [InlineData("google", "age")]
    [InlineData("tiktok", "age,gender")]
    [InlineData("snapchat", "age,gender")]
    public async Task ABackfillEqualsThePlatformsTruthToTheCentPerCampaignDayAndBreakdown(string platform, string by)
    {
        const int BackfillDays = 10;
        var account = await fixture.Platforms.AccountAsync(platform, 1);
        var (accountId, today) = ((string)account["id"]!, DateOnly.Parse((string)account["today"]!, CultureInfo.InvariantCulture));
        var (tenant, connection) = await Probe.ConnectAsync(platform, account, BackfillDays);

        var sync = await Probe.BackfilledAsync(tenant, connection);
        Assert.All(sync.GetProperty("runs").EnumerateArray(), run => Assert.Equal(JsonValueKind.Null, run.GetProperty("error").ValueKind));
        Assert.True(sync.GetProperty("rowsPulled").GetInt64() > 0);

        // From the backfill's first day to yesterday, the last day whose numbers cannot move while the test reads them.
        var (since, until) = (DateOnly.Parse(sync.GetProperty("backfillFrom").GetString()!, CultureInfo.InvariantCulture), today.AddDays(-1));
        Assert.Equal(today.AddDays(1 - BackfillDays), since);
        await Probe.AssertSeriesEqualAsync(tenant, platform, await Probe.TruthAsync(platform, accountId, since, until), since, until);

        // Yesterday by the platform's breakdown family: age × gender, or age alone on Google, which has no cross.
        var bands = await Probe.BandsAsync(platform, accountId, until, by);
        Assert.NotEmpty(bands);
        foreach (var (campaign, expected) in bands)
        {
            var rows = await Eventually.ReadAsync(() => Probe.BreakdownAsync(tenant, platform, campaign, until, by), r => r.Count == expected.Count);
            Assert.Equal(expected.OrderBy(e => e.Key), rows.OrderBy(e => e.Key));
        }

        var listed = ((JsonArray)account["campaigns"]!).OfType<JsonObject>().First(c => !(bool)c["active"]!);
        var paused = await fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/campaigns/{platform}:{(string)listed["id"]!}?window=7d");
        var metadata = paused.GetProperty("metadata");
        Assert.Equal(
            ((string)listed["name"]!, "paused", (long)listed["dailyBudgetMinor"]! / 100m, (string)account["currency"]!),
            (metadata.GetProperty("name").GetString(), metadata.GetProperty("status").GetString()!.ToLowerInvariant(), metadata.GetProperty("dailyBudget").GetDecimal(), metadata.GetProperty("currency").GetString()));
    }

    [Fact]
    public async Task ARestatedDayIsFoundByTheRestatementRepullAndTheNumbersFollowThePlatform()
    {
        var account = await fixture.Platforms.AccountAsync("google", 2);
        var (accountId, today) = ((string)account["id"]!, DateOnly.Parse((string)account["today"]!, CultureInfo.InvariantCulture));
        var (tenant, connection) = await Probe.ConnectAsync("google", account, backfillDays: 4);
        await Probe.BackfilledAsync(tenant, connection);
        var day = today.AddDays(-2);
        var before = await Probe.TruthAsync("google", accountId, day, day);

        await fixture.Platforms.RestateAsync("google", accountId, day);
        var after = await Probe.TruthAsync("google", accountId, day, day);
        var changed = after.Count(a => before.GetValueOrDefault(a.Key)?.GetValueOrDefault(day) != a.Value.GetValueOrDefault(day));
        Assert.True(changed > 0, "the fake restated nothing");
        // The daily re-pull of the restatement window, brought forward.
        var run = (await Probe.SyncNowAsync(tenant, connection, restatement: true)).GetProperty("runs")[0];

        Assert.Equal(("restatement", JsonValueKind.Null), (run.GetProperty("kind").GetString(), run.GetProperty("error").ValueKind));
        Assert.Equal(changed, run.GetProperty("restatedDays").GetInt32());
        await Probe.AssertSeriesEqualAsync(tenant, "google", after, day, day);
    }

    [Fact]
    public async Task ARestatementBetweenTwoPullsReversesTheRuleFiringItUndermines()
    {
        const int BackfillDays = 4;
        var account = await fixture.Platforms.AccountAsync("meta", 2);
        var (accountId, today) = ((string)account["id"]!, DateOnly.Parse((string)account["today"]!, CultureInfo.InvariantCulture));
        var (since, day) = (today.AddDays(1 - BackfillDays), today.AddDays(-2));
        var before = await Probe.TruthAsync("meta", accountId, since, today);
        // The campaign with the most clicks on the day to restate: late conversions land on about a fifth of its clicked cells.
        var campaign = before.Where(c => c.Value.ContainsKey(day)).MaxBy(c => c.Value[day].Clicks).Key;
        var conversions = before[campaign].Values.Sum(d => d.Conversions);
        string? rule = null;

        // "Too few conversions this week" holds on the numbers as first reported and fires while the backfill arrives.
        var (tenant, connection) = await Probe.ConnectAsync("meta", account, BackfillDays, async tenant =>
        {
            using var created = await fixture.Api.PostAsJsonAsync($"api/v1/tenants/{tenant}/rules", new
            {
                name = "Starved of conversions",
                scope = new { campaignIds = new[] { $"meta:{campaign}" } },
                conditions = new[] { new { metric = "conversions", window = "7d", comparator = "lt", threshold = conversions + 1 } },
                actions = new[] { new { type = "tag", tag = "starved" } },
            });
            Assert.Equal(HttpStatusCode.Created, created.StatusCode);
            rule = (await created.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        });
        await Probe.BackfilledAsync(tenant, connection);
        var fired = Assert.Single(await HistoryAsync(tenant, rule!, h => h.Count == 1), f => f.GetProperty("kind").GetString() == "fired");
        Assert.Equal($"meta:{campaign}", fired.GetProperty("target").GetString());

        // Meta restates the day between two pulls: late purchases reach the campaign.
        var after = before;
        for (var attempt = 0; attempt < 5 && after[campaign][day].Conversions == before[campaign][day].Conversions; attempt++)
        {
            await fixture.Platforms.RestateAsync("meta", accountId, day);
            after = await Probe.TruthAsync("meta", accountId, since, today);
        }

        Assert.True(after[campaign][day].Conversions > before[campaign][day].Conversions, "five restatements brought the campaign no late conversion");
        var run = (await Probe.SyncNowAsync(tenant, connection, restatement: true)).GetProperty("runs")[0];
        Assert.Equal(("restatement", JsonValueKind.Null), (run.GetProperty("kind").GetString(), run.GetProperty("error").ValueKind));
        Assert.True(run.GetProperty("restatedDays").GetInt32() > 0);

        var history = await HistoryAsync(tenant, rule!, h => h.Count == 2);
        Assert.Equal(["reversed", "fired"], history.Select(f => f.GetProperty("kind").GetString()));
        var reversed = history[0];
        Assert.Equal((fired.GetProperty("id").GetString(), $"meta:{campaign}"), (reversed.GetProperty("relatesTo").GetString(), reversed.GetProperty("target").GetString()));
        var evidence = reversed.GetProperty("conditions")[0];
        Assert.Equal((after[campaign].Values.Sum(d => d.Conversions), false), (evidence.GetProperty("value").GetDecimal(), evidence.GetProperty("holds").GetBoolean()));
    }

    private async Task<List<JsonElement>> HistoryAsync(string tenant, string rule, Func<List<JsonElement>, bool> done) =>
        await Eventually.ReadAsync(
            async () => (await fixture.Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/rules/{rule}/history")).GetProperty("items").EnumerateArray().ToList(), done);

    [Theory]
    [InlineData("meta", "80004", 40, 70)]
    [InlineData("google", "Too many requests", 20, 40)]
    [InlineData("tiktok", "Too many requests", 45, 61)]
    [InlineData("snapchat", "rate limit exceeded", 45, 61)]
    public async Task WhileThePlatformSaysWaitNoRequestGoesOut(string platform, string words, int fromSeconds, int toSeconds)
    {
        var account = await fixture.Platforms.AccountAsync(platform, 2);
        var (tenant, connection) = await Probe.ConnectAsync(platform, account, backfillDays: 1);
        await Probe.BackfilledAsync(tenant, connection);

        await fixture.Platforms.ThrottleAsync(platform, 1);
        var waiting = await Probe.SyncNowAsync(tenant, connection);
        var until = waiting.GetProperty("waitingUntil").GetDateTimeOffset();
        var seen = await Probe.LastRequestAsync();
        var again = await Probe.SyncNowAsync(tenant, connection);

        // Meta names its wait in its usage headers (the longer of "30 s" and "regain access in 1 minute"), Google in
        // retryDelay (30 s); neither TikTok's 40100 nor Snapchat's 429 names one: a minute, the per-minute budget's window.
        Assert.InRange(until, DateTimeOffset.UtcNow.AddSeconds(fromSeconds), DateTimeOffset.UtcNow.AddSeconds(toSeconds));
        Assert.Contains(words, waiting.GetProperty("runs")[0].GetProperty("error").GetString(), StringComparison.Ordinal);
        Assert.Equal(until, again.GetProperty("waitingUntil").GetDateTimeOffset());
        Assert.Empty(await Probe.RequestsAfterAsync(seen, platform, (string)account["id"]!));
    }
}
