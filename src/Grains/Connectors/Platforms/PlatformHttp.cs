using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using Microsoft.AspNetCore.WebUtilities;

namespace GrainMarketing.Connectors.Platforms;

/// <summary>The HTTP and JSON the platforms' clients share: a query built from pairs, JSON read whole and by path, and a refused grant told from a failure.</summary>
public static class PlatformHttp
{
    /// <summary>The named <see cref="HttpClient"/> every connector uses (no proxy, a timeout, no automatic redirects).</summary>
    public const string ClientName = "connectors";

    public static Uri With(Uri url, params (string Name, string? Value)[] query) =>
        new(QueryHelpers.AddQueryString(url.ToString(), query.Where(p => p.Value is not null).Select(p => new KeyValuePair<string, string?>(p.Name, p.Value))));

    public static Uri Join(Uri baseUrl, string path) => new($"{baseUrl.ToString().TrimEnd('/')}/{path.TrimStart('/')}");

    /// <summary>Sends the request and reads the JSON answer; <paramref name="refused"/> says which failed answers mean the grant itself is gone.</summary>
    public static async Task<JsonElement> SendAsync(HttpClient http, HttpRequestMessage request, Func<HttpStatusCode, JsonElement, bool> refused, CancellationToken cancellation)
    {
        using var response = await http.SendAsync(request, cancellation);
        var text = await response.Content.ReadAsStringAsync(cancellation);
        var body = Parse(text);
        if (response.IsSuccessStatusCode || !refused(response.StatusCode, body))
        {
            return response.IsSuccessStatusCode
                ? body
                : throw new HttpRequestException($"{request.RequestUri?.Host} answered {(int)response.StatusCode}: {Message(body, text)}", null, response.StatusCode);
        }

        throw new GrantRefusedException(Message(body, text));
    }

    public static HttpRequestMessage Get(Uri url, string? bearer = null)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        if (bearer is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", bearer);
        }

        return request;
    }

    public static HttpRequestMessage PostForm(Uri url, params (string Name, string? Value)[] fields) => new(HttpMethod.Post, url)
    {
        Content = new FormUrlEncodedContent(fields.Where(f => f.Value is not null).Select(f => new KeyValuePair<string, string>(f.Name, f.Value!))),
    };

    /// <summary>The value at a path of property names, or default when any step is missing.</summary>
    public static JsonElement At(JsonElement element, params ReadOnlySpan<string> path)
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

    /// <summary>The value at a path as text: strings as they are, numbers and others as their JSON; null when missing or null.</summary>
    public static string? Text(JsonElement element, params ReadOnlySpan<string> path) => At(element, path) switch
    {
        { ValueKind: JsonValueKind.Undefined or JsonValueKind.Null } => null,
        { ValueKind: JsonValueKind.String } value => value.GetString(),
        var value => value.GetRawText(),
    };

    /// <summary>When a token granted now for <c>expires_in</c> seconds expires; null when the answer gives no lifetime.</summary>
    public static DateTimeOffset? Expiry(JsonElement answer, DateTimeOffset now) =>
        long.TryParse(Text(answer, "expires_in"), out var seconds) && seconds > 0 ? now.AddSeconds(seconds) : null;

    /// <summary>The JSON of a body or header, or default when there is none or it is not JSON (a proxy's page).</summary>
    public static JsonElement Parse(string text)
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

    /// <summary>The platform's own words: Meta's <c>error.message</c>, OAuth's <c>error_description</c>, TikTok's <c>message</c>, Snapchat's <c>debug_message</c>.</summary>
    private static string Message(JsonElement body, string text)
    {
        if (body.ValueKind == JsonValueKind.Object)
        {
            if (body.TryGetProperty("error", out var error) && error.ValueKind == JsonValueKind.Object)
            {
                return Text(error, "message") ?? error.GetRawText();
            }

            return Text(body, "error_description") ?? Text(body, "debug_message") ?? Text(body, "message") ?? Text(body, "error") ?? body.GetRawText();
        }

        return text.Length > 300 ? text[..300] : text;
    }
}
