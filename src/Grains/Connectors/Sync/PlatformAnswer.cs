using System.Net;
using System.Text.Json;

namespace GrainMarketing.Connectors.Sync;

/// <summary>A platform's answer read whole: status, JSON body (undefined when it sent none or no JSON) and the headers reporters read.</summary>
public sealed record PlatformAnswer(HttpStatusCode Status, JsonElement Body, IReadOnlyDictionary<string, string> Headers)
{
    public bool Ok => (int)Status is >= 200 and < 300;

    /// <summary>Sends the request within the pacer's budget and reads the answer.</summary>
    public static async Task<PlatformAnswer> SendAsync(HttpClient http, HttpRequestMessage request, RequestPacer pacer, CancellationToken cancellation)
    {
        await pacer.WaitAsync(cancellation);
        using var response = await http.SendAsync(request, cancellation);
        var text = await response.Content.ReadAsStringAsync(cancellation);
        var headers = response.Headers.ToDictionary(h => h.Key.ToLowerInvariant(), h => string.Join(",", h.Value), StringComparer.Ordinal);
        return new PlatformAnswer(response.StatusCode, Parse(text), headers);
    }

    private static JsonElement Parse(string text)
    {
        try
        {
            return text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
        }
        catch (JsonException)
        {
            return default;
        }
    }
}
