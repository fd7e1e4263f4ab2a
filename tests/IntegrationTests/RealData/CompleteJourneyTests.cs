using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using GrainMarketing.IntegrationTests.Infrastructure;

namespace GrainMarketing.IntegrationTests.RealData;

/// <summary>
/// The real Complete Journey baskets through the whole path: NDJSON over HTTP, the PostgreSQL journal,
/// every household's profile, the segment shards and the daily analysis; the segment sizes must be
/// the ones worked out from the file by <see cref="JourneyExpectations"/>.
/// </summary>
[Collection(YearOfDataCollection.Name)]
public sealed class CompleteJourneyTests(YearOfDataCluster fixture)
{
    private const int LinesPerRequest = 10_000;
    /// <summary>Far longer than the test runs: no household may cross a 30- or 60-day line meanwhile.</summary>
    private static readonly TimeSpan Margin = TimeSpan.FromMinutes(15);

    private HttpClient Api => fixture.Api;

    [Fact]
    public async Task EveryHouseholdLandsInTheSegmentsWorkedOutFromTheFileAndTheAnalysisFindsItsHighSpenders()
    {
        var (baskets, expected) = Prepare(await AwayFromMidnightAsync());
        var tenant = TenantJson.UniqueId("journey");
        await TenantJson.CreateAsync(Api, TenantJson.NewTenant(tenant));

        foreach (var chunk in baskets.Chunk(LinesPerRequest))
        {
            using var content = new StringContent(string.Join('\n', chunk.Select(Line)), Encoding.UTF8, "application/x-ndjson");
            using var response = await Api.PostAsync($"api/v1/tenants/{tenant}/ingest/transactions", content);
            Assert.True(response.StatusCode == HttpStatusCode.Accepted, await response.Content.ReadAsStringAsync());
        }

        // Sizes follow every profile's first judgement; average spend, every profile's checkpoint, which writes its row too.
        var sizes = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/segments"),
            body => expected.Counts.Keys.All(pattern => Size(body, pattern) == expected.Counts[pattern] && AverageSpend(body, pattern) == expected.AverageSpend[pattern]),
            TimeSpan.FromSeconds(120));
        Assert.Equal(Pairs(expected.Counts), Pairs(expected.Counts.Keys.ToDictionary(pattern => pattern, pattern => Size(sizes, pattern))));
        Assert.Equal(Pairs(expected.AverageSpend), Pairs(expected.Counts.Keys.ToDictionary(pattern => pattern, pattern => AverageSpend(sizes, pattern))));

        using var started = await Api.PostAsync($"api/v1/tenants/{tenant}/analysis/run-now", null);
        Assert.Equal(HttpStatusCode.Accepted, started.StatusCode);
        var id = (await started.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("id").GetString();
        var run = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/analysis/runs/{id}"),
            body => body.GetProperty("status").GetString() != "running", TimeSpan.FromSeconds(60));
        Assert.Equal("succeeded", run.GetProperty("status").GetString());
        Assert.Equal(expected.Spend.Count, run.GetProperty("customers").GetInt32());
        Assert.Equal(expected.Threshold, run.GetProperty("highSpenderThreshold").GetDecimal());
        Assert.Equal(expected.HighSpenders, run.GetProperty("patternCounts").GetProperty("highSpender").GetInt32());

        var after = await Eventually.ReadAsync(() => Api.GetFromJsonAsync<JsonElement>($"api/v1/tenants/{tenant}/segments"),
            body => Size(body, "highSpender") == expected.HighSpenders, TimeSpan.FromSeconds(60));
        Assert.Equal(expected.HighSpenders, Size(after, "highSpender"));
    }

    /// <summary>The baskets moved to end in the last week, or a week earlier each time some household is near a 30- or 60-day line.</summary>
    private static (IReadOnlyList<JourneyBasket> Baskets, JourneyExpectations Expected) Prepare(DateTimeOffset now)
    {
        for (var weeks = CompleteJourney.WeeksBefore(now); ; weeks--)
        {
            var baskets = CompleteJourney.Baskets(weeks);
            if (JourneyExpectations.At(baskets, now, Margin) is { } expected)
            {
                return (baskets, expected);
            }
        }
    }

    /// <summary>
    /// Now, or just after New York's midnight when it is less than ten minutes away (at either of its
    /// offsets): the households' 90 days end on their local date, which must not turn while the test runs.
    /// </summary>
    private static async Task<DateTimeOffset> AwayFromMidnightAsync()
    {
        var now = DateTimeOffset.UtcNow;
        foreach (var hours in new[] { -5, -4 })
        {
            var local = now.ToOffset(TimeSpan.FromHours(hours)).DateTime;
            var left = local.Date.AddDays(1) - local;
            if (left < TimeSpan.FromMinutes(10))
            {
                await Task.Delay(left + TimeSpan.FromSeconds(30));
                return DateTimeOffset.UtcNow;
            }
        }

        return now;
    }

    private static string Line(JourneyBasket basket) => JsonSerializer.Serialize(new
    {
        userId = basket.Household,
        amount = basket.Amount,
        currency = "USD",
        timestamp = basket.At.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture),
        merchant = basket.Store,
        category = basket.Department,
        city = "store " + basket.Store,
        eventId = basket.Basket,
    });

    private static int Size(JsonElement sizes, string pattern) => Segment(sizes, pattern).GetProperty("size").GetInt32();

    private static decimal? AverageSpend(JsonElement sizes, string pattern) =>
        Segment(sizes, pattern).GetProperty("averageSpend") is { ValueKind: JsonValueKind.Number } average ? average.GetDecimal() : null;

    private static JsonElement Segment(JsonElement sizes, string pattern) =>
        sizes.EnumerateArray().Single(s => s.GetProperty("pattern").GetString() == pattern);

    private static IEnumerable<KeyValuePair<string, T>> Pairs<T>(IReadOnlyDictionary<string, T> values) => values.OrderBy(pair => pair.Key, StringComparer.Ordinal);
}
