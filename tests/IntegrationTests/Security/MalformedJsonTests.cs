using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Xunit.Abstractions;

namespace GrainMarketing.IntegrationTests.Security;

/// <summary>
/// Every route that takes a JSON body, found in the routing data, answers broken JSON with a 4xx problem of this API
/// and logs no error: no body a client can send is a 500.
/// </summary>
[Collection(InProcessApiCollection.Name)]
public sealed class MalformedJsonTests(InProcessApiCluster fixture, ITestOutputHelper output)
{
    /// <summary>Bodies that are not a JSON object of the route's shape, by what is wrong with them.</summary>
    public static IReadOnlyList<(string Name, byte[] Body)> MalformedBodies { get; } =
    [
        ("empty", []),
        ("blank", " \r\n"u8.ToArray()),
        ("root array", "[]"u8.ToArray()),
        ("root string", "\"items\""u8.ToArray()),
        ("root null", "null"u8.ToArray()),
        ("unclosed object", "{"u8.ToArray()),
        ("unclosed string", "{\"items\":[{\"platform\":\"meta"u8.ToArray()),
        ("non-object items", "{\"items\":[1,\"x\",null,[],true]}"u8.ToArray()),
        ("items not an array", "{\"items\":{\"platform\":\"meta\"}}"u8.ToArray()),
        ("5,000-deep arrays", Encoding.UTF8.GetBytes("{\"items\":" + new string('[', 5_000) + new string(']', 5_000) + "}")),
        ("5,000-deep objects", Encoding.UTF8.GetBytes(string.Concat(Enumerable.Repeat("{\"a\":", 5_000)) + "1" + new string('}', 5_000))),
        ("escaped lone surrogates", Encoding.UTF8.GetBytes(
            "{\"items\":[{\"platform\":\"\\ud800\",\"campaignId\":\"\\udc00x\",\"userId\":\"\\ud800\"}],\"name\":\"\\udfff\",\"email\":\"\\ud800\"}")),
        ("surrogate encoded as UTF-8", [.. "{\"name\":\""u8, 0xED, 0xA0, 0x80, .. "\"}"u8]),
        ("invalid UTF-8", [.. "{\"name\":\""u8, 0xFF, 0xFE, .. "\"}"u8]),
        ("trailing garbage", "{} {}"u8.ToArray()),
        ("number overflow", "{\"items\":[{\"impressions\":1e999999}],\"dailyAnalysisHour\":99999999999999999999}"u8.ToArray()),
    ];

    [Fact]
    public async Task EveryJsonRouteAnswersEachMalformedBodyWithAProblemAndLogsNoError()
    {
        var routes = fixture.JsonRoutes();
        Assert.True(routes.Count > 20, $"only {routes.Count} routes with a JSON body found");
        var failures = new List<string>();
        var calls = 0;
        foreach (var (method, endpoint, contentTypes) in routes)
        {
            foreach (var contentType in contentTypes)
            {
                foreach (var (name, body) in MalformedBodies)
                {
                    using var request = new HttpRequestMessage(new HttpMethod(method), fixture.PathOf(endpoint)) { Content = new ByteArrayContent(body) };
                    request.Content.Headers.ContentType = new MediaTypeHeaderValue(contentType);
                    calls++;
                    if (await SendForRefusalAsync(fixture.Admin, request) is { } wrong)
                    {
                        failures.Add($"{method} {endpoint.RoutePattern.RawText} ({contentType}) with {name}: {wrong}");
                    }
                }
            }
        }

        output.WriteLine($"{routes.Count} routes, {calls} calls");
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        Assert.True(fixture.Logs.Errors.Count == 0, string.Join("\n", fixture.Logs.Errors));
    }

    /// <summary>Null when <paramref name="request"/> is answered with a 4xx problem of this API; otherwise what went wrong.</summary>
    public static async Task<string?> SendForRefusalAsync(HttpClient client, HttpRequestMessage request)
    {
        try
        {
            using var response = await client.SendAsync(request);
            return await RefusalProblemAsync(response);
        }
        catch (HttpRequestException dropped)
        {
            return $"no answer: {dropped.InnerException?.Message ?? dropped.Message}";
        }
    }

    /// <summary>Null when <paramref name="response"/> is a 4xx problem with one of this API's types; otherwise what is wrong with it.</summary>
    public static async Task<string?> RefusalProblemAsync(HttpResponseMessage response)
    {
        var status = (int)response.StatusCode;
        var body = await response.Content.ReadAsStringAsync();
        if (status is < 400 or >= 500)
        {
            return $"{status} {body[..Math.Min(body.Length, 300)]}";
        }

        if (response.Content.Headers.ContentType?.MediaType != "application/problem+json")
        {
            return $"{status} answered as {response.Content.Headers.ContentType?.MediaType}";
        }

        var type = JsonDocument.Parse(body).RootElement.GetProperty("type").GetString();
        return type?.StartsWith("https://grainmarketing.dev/problems/", StringComparison.Ordinal) == true ? null : $"{status} typed {type}";
    }
}
