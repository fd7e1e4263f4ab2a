using System.Net.Http.Json;
using System.Text.Json.Nodes;

namespace GrainMarketing.IntegrationTests.Connectors.FakePlatforms;

/// <summary>Days inside a platform's window change between pulls (late conversions), reproducibly from the seed; days outside never do.</summary>
[Collection(FakePlatformsCollection.Name)]
public sealed class RestatementFakeTests(FakePlatformsServer server)
{
    [Fact]
    public async Task ARestatedDayGainsLateConversionsOnTheNextPullAndTheSameSeedRestatesTheSameWay()
    {
        var account = await server.AccountAsync("google");
        var id = (string)account["id"]!;
        var day = FakePlatformsServer.Day(account["today"]).AddDays(-3);
        var token = await server.TokenAsync("google");
        var before = await PullAsync(id, token, day);

        for (var i = 0; i < 3; i++)
        {
            await server.RestateAsync("google", id, day);
        }

        var after = await PullAsync(id, token, day);
        Assert.Equal(before.Cost, after.Cost);
        Assert.True(after.Conversions > before.Conversions, $"{after.Conversions} conversions after restating, {before.Conversions} before");
        var truth = (await server.TruthAsync("google", id, day, day))["total"]!;
        Assert.Equal((long)truth["conversions"]!, after.Conversions);

        (await server.Http.PostAsync("_fake/reset", null)).EnsureSuccessStatusCode();
        Assert.Equal(before.Conversions, (long)(await server.TruthAsync("google", id, day, day))["total"]!["conversions"]!);
        for (var i = 0; i < 3; i++)
        {
            await server.RestateAsync("google", id, day);
        }

        Assert.Equal(after.Conversions, (long)(await server.TruthAsync("google", id, day, day))["total"]!["conversions"]!);
    }

    [Fact]
    public async Task TheRestatementClockChangesOnlyDaysInsideEachPlatformsWindow()
    {
        var account = await server.AccountAsync("tiktok");
        var id = (string)account["id"]!;
        var today = FakePlatformsServer.Day(account["today"]);
        var window = (int)account["restatementDays"]!;
        Assert.Equal(3, window);
        var inside = await server.TruthAsync("tiktok", id, today.AddDays(1 - window), today, "account");
        var outside = await server.TruthAsync("tiktok", id, today.AddDays(-30), today.AddDays(-window), "account");

        for (var i = 0; i < 5; i++)
        {
            (await server.Http.PostAsync("_fake/restatements/tick", null)).EnsureSuccessStatusCode();
        }

        var insideAfter = await server.TruthAsync("tiktok", id, today.AddDays(1 - window), today, "account");
        var outsideAfter = await server.TruthAsync("tiktok", id, today.AddDays(-30), today.AddDays(-window), "account");
        Assert.Equal(outside.ToJsonString(), outsideAfter.ToJsonString());
        Assert.True((long)insideAfter["total"]!["conversions"]! > (long)inside["total"]!["conversions"]!);
        Assert.Equal((long)inside["total"]!["spendMinor"]!, (long)insideAfter["total"]!["spendMinor"]!);
    }

    private async Task<(long Cost, long Conversions)> PullAsync(string customer, string token, DateOnly day)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, $"google/v21/customers/{customer}/googleAds:searchStream")
        {
            Content = JsonContent.Create(new { query = FormattableString.Invariant($"SELECT campaign.id, metrics.cost_micros, metrics.conversions FROM campaign WHERE segments.date = '{day:yyyy-MM-dd}'") }),
        };
        request.Headers.Authorization = new("Bearer", token);
        var response = await server.Http.SendAsync(request);
        response.EnsureSuccessStatusCode();
        var rows = (await response.Content.ReadFromJsonAsync<JsonArray>())!.SelectMany(b => b!["results"]!.AsArray()).ToList();
        return (rows.Sum(r => long.Parse((string)r!["metrics"]!["costMicros"]!, System.Globalization.CultureInfo.InvariantCulture)) / 10_000,
            (long)rows.Sum(r => (double)r!["metrics"]!["conversions"]!));
    }
}
