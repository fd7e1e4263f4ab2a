using System.Net.Http.Headers;
using System.Text;
using GrainMarketing.Ingestion;
using Microsoft.Extensions.DependencyInjection;
using Xunit.Abstractions;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>
/// Valid ingestion bodies of every route and format, mutated at random (a fixed seed, so a failure replays): none is
/// answered with a 5xx, and a refused request leaves no receipt and no campaign behind.
/// </summary>
[Collection(InProcessApiCollection.Name)]
public sealed class IngestionFuzzTests(InProcessApiCluster fixture, ITestOutputHelper output)
{
    private const int Requests = 240;
    private static readonly string[] Splices =
        ["{", "}", "[", "]", "\"", "\\", "\\ud800", ",", ":", "\n", "\r\n", "null", "1e999", "-0", "\"platform\":\"meta\",", "\u0000", "\u00e9", ";", "\t", "\"\""];

    [Fact]
    public async Task MutatedIngestionBodiesAreNeverA5xxAndARefusedOneWritesNothing()
    {
        var random = new Random(20261206);
        var grains = fixture.Api.Services.GetRequiredService<IGrainFactory>();
        var failures = new List<string>();
        var refused = new List<(string Kind, string Key, string Campaign)>();
        for (var i = 0; i < Requests; i++)
        {
            var campaign = $"fz{i}";
            var (kind, route, mediaType, seed) = Seeds(campaign)[random.Next(Seeds(campaign).Count)];
            var body = Mutate(random, Encoding.UTF8.GetBytes(seed));
            var key = $"fuzz-{i}";
            using var request = new HttpRequestMessage(HttpMethod.Post, $"api/v1/tenants/{fixture.Tenant}/ingest/{route}") { Content = new ByteArrayContent(body) };
            request.Content.Headers.ContentType = new MediaTypeHeaderValue(mediaType);
            request.Headers.Add("Idempotency-Key", key);
            using var response = await fixture.Admin.SendAsync(request);
            var status = (int)response.StatusCode;
            if (status >= 500 || status < 200)
            {
                failures.Add($"#{i} {route} ({mediaType}) {status}: {Encoding.UTF8.GetString(body)[..Math.Min(body.Length, 200)]}");
            }
            else if (status >= 400)
            {
                refused.Add((kind, key, campaign));
            }
        }

        output.WriteLine($"{Requests} requests, {refused.Count} refused");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(refused.Count > Requests / 4, $"only {refused.Count} of {Requests} mutated bodies were refused");
        foreach (var (kind, key, campaign) in refused)
        {
            Assert.Null(await grains.GetGrain<IIngestReceiptGrain>($"{fixture.Tenant}/{kind}/{key}").GetAsync());
            if (kind == "metrics")
            {
                using var read = await fixture.Admin.GetAsync($"api/v1/tenants/{fixture.Tenant}/campaigns/meta:{campaign}?window=7d");
                Assert.Equal(System.Net.HttpStatusCode.NotFound, read.StatusCode);
            }
        }

        Assert.True(fixture.Logs.Errors.Count == 0, string.Join("\n", fixture.Logs.Errors));
    }

    /// <summary>A valid body of each route and format, its records in <paramref name="campaign"/> (or by a user of that name).</summary>
    private static IReadOnlyList<(string Kind, string Route, string MediaType, string Body)> Seeds(string campaign)
    {
        var today = DateTime.UtcNow.ToString("yyyy-MM-dd");
        var now = DateTimeOffset.UtcNow.AddMinutes(-1).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'");
        var metric = $"{{\"platform\":\"meta\",\"campaignId\":\"{campaign}\",\"date\":\"{today}\",\"age\":\"25-34\",\"region\":\"Bavaria\",\"impressions\":10,\"spend\":1.5}}";
        var transaction = $"{{\"userId\":\"{campaign}\",\"amount\":12.5,\"currency\":\"EUR\",\"timestamp\":\"{now}\",\"merchant\":\"Shop\",\"latitude\":48.1,\"longitude\":11.5}}";
        var engagement = $"{{\"userId\":\"{campaign}\",\"kind\":\"viewed\",\"campaign\":\"spring\",\"timestamp\":\"{now}\"}}";
        return
        [
            ("metrics", "metrics", "application/json", $"{{\"items\":[{metric},{metric}]}}"),
            ("metrics", "metrics", "application/x-ndjson", $"{metric}\n{metric}\n"),
            ("metrics", "metrics/csv", "text/csv", $"Campaign name,Campaign ID,Day,Region,Impressions,Amount spent (EUR)\nName,{campaign},{today},Bavaria,10,1.50\n"),
            ("transactions", "transactions", "application/json", $"{{\"items\":[{transaction}]}}"),
            ("transactions", "transactions/csv", "text/csv", $"userId,amount,currency,timestamp,merchant\n{campaign},12.5,EUR,{now},Shop\n"),
            ("engagements", "engagements", "application/x-ndjson", $"{engagement}\n"),
            ("engagements", "engagements/csv", "text/csv", $"userId;kind;campaign;timestamp\n{campaign};clicked;spring;{now}\n"),
        ];
    }

    /// <summary>One to four edits: a flipped byte, a cut, a splice of a token that often breaks parsers, or a repeated slice.</summary>
    private static byte[] Mutate(Random random, byte[] body)
    {
        var bytes = body.ToList();
        for (var edits = random.Next(1, 5); edits > 0 && bytes.Count > 0; edits--)
        {
            var at = random.Next(bytes.Count);
            switch (random.Next(4))
            {
                case 0:
                    bytes[at] = (byte)random.Next(256);
                    break;
                case 1:
                    bytes.RemoveRange(at, random.Next(1, Math.Min(20, bytes.Count - at) + 1));
                    break;
                case 2:
                    bytes.InsertRange(at, Encoding.UTF8.GetBytes(Splices[random.Next(Splices.Length)]));
                    break;
                default:
                    var length = random.Next(1, Math.Min(30, bytes.Count - at) + 1);
                    bytes.InsertRange(at, bytes.GetRange(at, length));
                    break;
            }
        }

        return [.. bytes];
    }
}
