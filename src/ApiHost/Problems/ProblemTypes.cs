namespace GrainMarketing.ApiHost.Problems;

/// <summary>Stable <c>type</c> URIs of the RFC 9457 problem details this API answers with.</summary>
public static class ProblemTypes
{
    private const string Base = "https://grainmarketing.dev/problems/";

    public const string Validation = Base + "validation";
    public const string NotFound = Base + "not-found";
    public const string Conflict = Base + "conflict";
    public const string BadRequest = Base + "bad-request";
    public const string ClusterUnavailable = Base + "cluster-unavailable";
    public const string LostWrite = Base + "lost-write";
    public const string Internal = Base + "internal";
    public const string InvalidCredentials = Base + "invalid-credentials";
    public const string PayloadTooLarge = Base + "payload-too-large";
    public const string Unauthorized = Base + "unauthorized";
    public const string Forbidden = Base + "forbidden";
    public const string MethodNotAllowed = Base + "method-not-allowed";
    public const string RateLimited = Base + "rate-limited";
    public const string UnsupportedMediaType = Base + "unsupported-media-type";
    public const string InsufficientHistory = Base + "insufficient-history";
    public const string PlatformUnavailable = Base + "platform-unavailable";
}
