using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;

namespace GrainMarketing.Connectors.Platforms;

/// <summary>A platform's answer read whole, for the reporters and the writers: its status, its JSON (default when it sent none or no JSON) and its headers.</summary>
public sealed record PlatformAnswer(HttpStatusCode Status, JsonElement Body, HttpResponseHeaders Headers)
{
    public bool Ok => (int)Status is >= 200 and < 300;

    /// <summary>Sends the request once the account's pacer allows it, and reads the answer.</summary>
    public static async Task<PlatformAnswer> SendAsync(HttpClient http, HttpRequestMessage request, Sync.RequestPacer pacer, CancellationToken cancellation)
    {
        await pacer.WaitAsync(cancellation);
        return await SendAsync(http, request, cancellation);
    }

    public static async Task<PlatformAnswer> SendAsync(HttpClient http, HttpRequestMessage request, CancellationToken cancellation)
    {
        using (request)
        {
            using var response = await http.SendAsync(request, cancellation);
            var text = await response.Content.ReadAsStringAsync(cancellation);
            return new PlatformAnswer(response.StatusCode, PlatformHttp.Parse(text), response.Headers);
        }
    }

    /// <summary>A header's value, its values joined by commas; null when the answer has none.</summary>
    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    /// <summary>A header that carries JSON (Meta's usage headers), or default when it is absent or not JSON.</summary>
    public JsonElement HeaderJson(string name) => Header(name) is { } text ? PlatformHttp.Parse(text) : default;

    /// <summary>
    /// The wait a <c>Retry-After</c> names, in seconds or as a date; a date is read against the answer's own <c>Date</c>,
    /// so a skew between the platform's clock and ours does not change the wait. Null when it names none ahead.
    /// </summary>
    public TimeSpan? RetryAfter => Headers.RetryAfter switch
    {
        { Delta: { } delta } => delta,
        { Date: { } at } when Headers.Date is { } sent && at > sent => at - sent,
        _ => null,
    };
}
