using System.Globalization;
using System.Net;
using System.Text.Json;

namespace GrainMarketing.Connectors.Platforms;

/// <summary>
/// Reads a Google Ads error: a google.rpc.Status (<c>{"error": {code, message, status, details}}</c>) whose details
/// carry a <c>GoogleAdsFailure</c>, <c>errors[]</c> each with an <c>errorCode</c>, a message and, for a quota error,
/// <c>details.quotaErrorDetails.retryDelay</c>.
/// </summary>
public static class GoogleAdsError
{
    /// <summary>Null when the answer is a success; otherwise what it asks of us.</summary>
    public static PlatformError? Classify(PlatformAnswer answer)
    {
        if (answer.Ok)
        {
            return null;
        }

        var error = PlatformHttp.At(answer.Body, "error");
        var failures = PlatformHttp.At(error, "details") is { ValueKind: JsonValueKind.Array } details
            ? details.EnumerateArray().Select(d => PlatformHttp.At(d, "errors")).Where(e => e.ValueKind == JsonValueKind.Array).SelectMany(e => e.EnumerateArray()).ToList()
            : [];
        var words = failures.Select(f => PlatformHttp.Text(f, "message")).FirstOrDefault(m => m is not null) ?? PlatformHttp.Text(error, "message") ?? $"HTTP {(int)answer.Status}";
        var status = PlatformHttp.Text(error, "status");
        var described = $"Google Ads answered {(int)answer.Status} {status}: {words}";
        return (answer.Status, status) switch
        {
            (HttpStatusCode.Unauthorized, _) or (_, "UNAUTHENTICATED") => PlatformError.Refused(words),
            (HttpStatusCode.TooManyRequests, _) or (_, "RESOURCE_EXHAUSTED") => PlatformError.Throttled(Wait(failures, answer), words),
            _ when (int)answer.Status >= 500 => PlatformError.Transient(described),
            _ => PlatformError.Failed(described),
        };
    }

    /// <summary>The longest <c>retryDelay</c> a quota error names, else the answer's <c>Retry-After</c>, else a minute.</summary>
    private static TimeSpan Wait(List<JsonElement> failures, PlatformAnswer answer) =>
        failures.Select(RetryDelay).Max() ?? answer.RetryAfter ?? PlatformError.DefaultWait;

    /// <summary>A protobuf Duration such as <c>"30s"</c> or <c>"1.5s"</c>; null when the error names none.</summary>
    private static TimeSpan? RetryDelay(JsonElement failure) =>
        PlatformHttp.Text(failure, "details", "quotaErrorDetails", "retryDelay") is [.. var number, 's']
        && double.TryParse(number, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds < TimeSpan.MaxValue.TotalSeconds
            ? TimeSpan.FromSeconds(seconds)
            : null;
}
