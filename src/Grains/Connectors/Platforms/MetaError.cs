using System.Globalization;
using System.Net;
using System.Text.Json;

namespace GrainMarketing.Connectors.Platforms;

/// <summary>
/// Reads a Graph error, <c>{"error": {message, type, code, error_subcode, fbtrace_id}}</c>, by its code rather than its
/// HTTP status: Graph answers a dead token with 400 as well as 401, and a throttle with 400.
/// </summary>
/// <remarks>
/// Codes 190 and 102 end the grant. 4, 17, 32, 613 and the business use case codes are throttles. PLATFORMS.md lists
/// the use case codes 80000-80008; other sources number them up to 80014 (catalogs), unsure whether an ad account meets
/// those: they are read as throttles too, since waiting out a code that was none costs a minute while retrying a
/// throttle early prolongs it. <c>x-fb-ads-insights-throttle</c> carries percentages only (unsure: PLATFORMS.md is
/// ambiguous), so the wait comes from the two other usage headers.
/// </remarks>
public static class MetaError
{
    /// <summary>Null when the answer is a success; otherwise what it asks of us.</summary>
    public static PlatformError? Classify(PlatformAnswer answer)
    {
        var error = PlatformHttp.At(answer.Body, "error");
        if (answer.Ok && error.ValueKind == JsonValueKind.Undefined)
        {
            return null;
        }

        var words = PlatformHttp.Text(error, "message") ?? $"HTTP {(int)answer.Status}";
        var code = int.TryParse(PlatformHttp.Text(error, "code"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var c) ? c : 0;
        var described = $"Meta answered {(int)answer.Status} (code {code}): {words}";
        return code switch
        {
            190 or 102 => PlatformError.Refused(words),
            4 or 17 or 32 or 613 or (>= 80000 and <= 80014) => PlatformError.Throttled(Wait(answer), words),
            _ when answer.Status == HttpStatusCode.Unauthorized => PlatformError.Refused(words),
            _ when (int)answer.Status >= 500 => PlatformError.Transient(described),
            _ => PlatformError.Failed(described),
        };
    }

    /// <summary>
    /// The longest wait any usage header names (the business use cases' <c>estimated_time_to_regain_access</c> in
    /// minutes, the ad account's <c>reset_time_duration</c> in seconds), and at least a minute: the throttle that
    /// answered may be any of them, and one that names no time yet still needs one.
    /// </summary>
    private static TimeSpan Wait(PlatformAnswer answer)
    {
        var useCases = answer.HeaderJson("x-business-use-case-usage") is { ValueKind: JsonValueKind.Object } byBusiness
            ? byBusiness.EnumerateObject().Where(b => b.Value.ValueKind == JsonValueKind.Array).SelectMany(b => b.Value.EnumerateArray())
            : [];
        return useCases.Select(u => TimeSpan.FromMinutes(Number(u, "estimated_time_to_regain_access")))
            .Append(TimeSpan.FromSeconds(Number(answer.HeaderJson("x-ad-account-usage"), "reset_time_duration")))
            .Append(PlatformError.DefaultWait)
            .Max();
    }

    /// <summary>A whole number in a usage header, as a JSON number or a string; 0 when absent or not whole.</summary>
    private static int Number(JsonElement element, string name) =>
        int.TryParse(PlatformHttp.Text(element, name), NumberStyles.Integer, CultureInfo.InvariantCulture, out var value) ? value : 0;
}
