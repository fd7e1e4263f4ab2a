using System.Net;

namespace GrainMarketing.Connectors.Platforms;

/// <summary>
/// Reads TikTok's envelope, <c>{"code", "message", "request_id", "data"}</c>: TikTok answers errors with HTTP 200 and a
/// non-zero <c>code</c>, so the code decides and the status only backs it up.
/// </summary>
/// <remarks>
/// TikTok names no wait. 40100 is the per-minute request limit, so a minute always reaches a fresh window; 40133 is the
/// per-second (QPS) limit, which clears within seconds. The token codes are unsure: TikTok documents 40104 (missing)
/// and 40105 (invalid or revoked); 40102 (expired) and 40001 (no permission on the advertiser) end the grant too.
/// </remarks>
public static class TikTokError
{
    public static readonly TimeSpan QpsLimitWait = TimeSpan.FromSeconds(5);

    /// <summary>Null when the answer is a success; otherwise what it asks of us.</summary>
    public static PlatformError? Classify(PlatformAnswer answer)
    {
        var code = PlatformHttp.Text(answer.Body, "code");
        if (answer.Ok && code == "0")
        {
            return null;
        }

        var words = PlatformHttp.Text(answer.Body, "message") ?? $"HTTP {(int)answer.Status}";
        var described = $"TikTok answered HTTP {(int)answer.Status}, code {code ?? "none"}: {words}";
        return code switch
        {
            "40100" => PlatformError.Throttled(PlatformError.DefaultWait, words),
            "40133" => PlatformError.Throttled(QpsLimitWait, words),
            "40001" or "40102" or "40104" or "40105" => PlatformError.Refused(words),
            _ when answer.Status == HttpStatusCode.TooManyRequests => PlatformError.Throttled(PlatformError.DefaultWait, words),
            "50000" => PlatformError.Transient(described),
            _ when (int)answer.Status >= 500 => PlatformError.Transient(described),
            _ => PlatformError.Failed(described),
        };
    }
}
