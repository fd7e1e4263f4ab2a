namespace GrainMarketing.FakePlatforms;

/// <summary>The app registered with one fake platform: its credentials and how long its access tokens live.</summary>
public sealed class PlatformApp
{
    public string ClientId { get; set; } = "fake-client-id";

    public string ClientSecret { get; set; } = "fake-client-secret";

    /// <summary>Access-token lifetime; zero means the token never expires (TikTok's long-term tokens).</summary>
    public int AccessTokenSeconds { get; set; }

    /// <summary>
    /// A credential that exists from the start, for the demo: Meta's system-user token (never expires),
    /// Google's refresh token. Empty for none.
    /// </summary>
    public string StaticToken { get; set; } = "";
}
