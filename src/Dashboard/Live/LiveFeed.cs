using System.Net.Http.Headers;
using System.Net.ServerSentEvents;
using System.Runtime.CompilerServices;
using System.Text.Json;
using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Sessions;
using Microsoft.Kiota.Serialization.Json;

namespace GrainMarketing.Dashboard.Live;

/// <summary>Reads <c>GET /api/v1/tenants/{tenant}/live</c> (server-sent events, once a second) with the signed-in person's token.</summary>
/// <remarks>
/// The generated client does not read event streams, so the feed is read here and each event's data parsed into the
/// generated models. The API ends the stream when the person loses access; the feed then ends too.
/// </remarks>
public sealed class LiveFeed(IHttpClientFactory http, ApiClientFactory clients, SessionAuthentication authentication)
{
    public const string HttpClientName = "live";

    public async IAsyncEnumerable<LiveTick> ReadAsync(string tenant, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var client = http.CreateClient(HttpClientName);
        using var request = new HttpRequestMessage(HttpMethod.Get, new Uri(clients.BaseUri, $"api/v1/tenants/{Uri.EscapeDataString(tenant)}/live"));
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", await authentication.AccessTokenAsync(cancellationToken));
        request.Headers.Accept.Add(new MediaTypeWithQualityHeaderValue("text/event-stream"));
        using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, cancellationToken);
        if (!response.IsSuccessStatusCode)
        {
            throw new HttpRequestException($"The live feed answered {(int)response.StatusCode}.", null, response.StatusCode);
        }

        await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
        await foreach (var item in SseParser.Create(stream).EnumerateAsync(cancellationToken))
        {
            if (item.EventType == "update")
            {
                yield return Parse(item.Data);
            }
        }
    }

    public static LiveTick Parse(string json)
    {
        using var document = JsonDocument.Parse(json);
        var root = document.RootElement;
        var today = new JsonParseNode(root.GetProperty("today").Clone()).GetObjectValue(SummaryResponse.CreateFromDiscriminatorValue);
        var changed = new JsonParseNode(root.GetProperty("changed").Clone()).GetCollectionOfObjectValues(CampaignResponse.CreateFromDiscriminatorValue);
        return new LiveTick(root.GetProperty("at").GetDateTimeOffset(), today!, [.. changed]);
    }
}
