using System.Globalization;
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
            JsonElement body = default;
            try
            {
                body = text.Length == 0 ? default : JsonDocument.Parse(text).RootElement.Clone();
            }
            catch (JsonException)
            {
                // Not JSON (a proxy's page): the status speaks for it.
            }

            return new PlatformAnswer(response.StatusCode, body, response.Headers);
        }
    }

    /// <summary>A header's value, its values joined by commas; null when the answer has none.</summary>
    public string? Header(string name) => Headers.TryGetValues(name, out var values) ? string.Join(",", values) : null;

    /// <summary>A <c>Retry-After</c> in seconds, when the platform sent one.</summary>
    public TimeSpan? RetryAfter => Headers.RetryAfter?.Delta
        ?? (Headers.TryGetValues("Retry-After", out var values) && int.TryParse(values.FirstOrDefault(), NumberStyles.None, CultureInfo.InvariantCulture, out var seconds)
            ? TimeSpan.FromSeconds(seconds) : null);

    /// <summary>The value at a path of property names, or default when any step is missing.</summary>
    public static JsonElement At(JsonElement element, params string[] path)
    {
        foreach (var name in path)
        {
            if (element.ValueKind != JsonValueKind.Object || !element.TryGetProperty(name, out element))
            {
                return default;
            }
        }

        return element;
    }

    /// <summary>A value as text: strings as they are, numbers and others as their JSON.</summary>
    public static string? Text(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Undefined or JsonValueKind.Null => null,
        JsonValueKind.String => element.GetString(),
        _ => element.GetRawText(),
    };
}
