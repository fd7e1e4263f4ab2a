using GrainMarketing.Metrics;

namespace GrainMarketing.Connectors;

/// <summary>Where each platform's API and authorization live and the app credentials to use (section <c>Connectors</c>).</summary>
/// <remarks>Base URLs, versions and credentials come from configuration so tests and the demo point them at tools/FakePlatforms.</remarks>
public sealed class ConnectorOptions
{
    public const string Section = "Connectors";

    /// <summary>How long a person has to consent at the platform.</summary>
    public TimeSpan AuthorizationTimeout { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How long before an access token expires it is renewed (or, when it cannot be, the admins are told).</summary>
    public TimeSpan RefreshAhead { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>How often an account's write-back grain looks at every campaign of the account for changes a lost hint left pending (a reminder: at least a minute).</summary>
    public TimeSpan WriteBackCheck { get; set; } = TimeSpan.FromMinutes(5);

    public PlatformEndpoints Meta { get; set; } = new();

    public PlatformEndpoints Google { get; set; } = new();

    public PlatformEndpoints TikTok { get; set; } = new();

    public PlatformEndpoints Snapchat { get; set; } = new();

    public PlatformEndpoints For(AdPlatform platform) => platform switch
    {
        AdPlatform.Meta => Meta,
        AdPlatform.Google => Google,
        AdPlatform.TikTok => TikTok,
        AdPlatform.Snapchat => Snapchat,
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "No connector for this platform."),
    };
}
