using System.Net;
using System.Text.Json;

namespace GrainMarketing.Connectors.Platforms;

/// <summary>
/// Reads Snapchat's error body, <c>{"request_status": "ERROR", "debug_message", "display_message", "error_code"}</c>, by
/// the HTTP status: Snapchat documents the shape but no stable list of error codes (unsure).
/// </summary>
/// <remarks>
/// A 429 waits its <c>Retry-After</c> when it sends one (unsure whether Snapchat does), else a minute: its limits are
/// per second, but a 429 mid-pull means the token's budget, or the app's that every account shares, is spent.
/// </remarks>
public static class SnapchatError
{
    /// <summary>Null when the answer is a success; otherwise what it asks of us. A success is always a JSON object, so anything else (a proxy's page) fails.</summary>
    public static PlatformError? Classify(PlatformAnswer answer)
    {
        if (answer.Ok && answer.Body.ValueKind == JsonValueKind.Object && PlatformHttp.Text(answer.Body, "request_status") != "ERROR")
        {
            return null;
        }

        var words = PlatformHttp.Text(answer.Body, "debug_message") ?? PlatformHttp.Text(answer.Body, "display_message") ?? $"HTTP {(int)answer.Status}";
        var described = $"Snapchat answered {(int)answer.Status} {PlatformHttp.Text(answer.Body, "error_code")}: {words}";
        return answer.Status switch
        {
            HttpStatusCode.Unauthorized => PlatformError.Refused(words),
            HttpStatusCode.TooManyRequests => PlatformError.Throttled(answer.RetryAfter ?? PlatformError.DefaultWait, words),
            _ when (int)answer.Status >= 500 => PlatformError.Transient(described),
            _ => PlatformError.Failed(described),
        };
    }
}
