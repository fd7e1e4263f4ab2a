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

    /// <summary>How often an account pulls today's numbers.</summary>
    public TimeSpan Interval { get; set; } = TimeSpan.FromMinutes(15);

    /// <summary>How often an account's write-back grain looks at every campaign of the account for changes a lost hint left pending (a reminder: at least a minute).</summary>
    public TimeSpan WriteBackCheck { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Days of history pulled when an account is selected and the admin names none (today included).</summary>
    public int BackfillDays { get; set; } = 90;

    /// <summary>Days per backfill pull: each chunk is one report, applied whole before the next is asked for.</summary>
    public int BackfillChunkDays { get; set; } = 7;

    /// <summary>Meta restates up to 28 days.</summary>
    public PlatformEndpoints Meta { get; set; } = new() { RestatementDays = 28 };

    /// <summary>Google's conversions keep arriving for about 14 days.</summary>
    public PlatformEndpoints Google { get; set; } = new() { RestatementDays = 14 };

    /// <summary>TikTok restates about 3 days.</summary>
    public PlatformEndpoints TikTok { get; set; } = new() { RestatementDays = 3 };

    /// <summary>Snapchat restates about 7 days.</summary>
    /// <remarks>
    /// Snapchat reports one campaign per stats request, so a pull of a large account is hundreds of requests; 300 a minute
    /// (5 a second) is half the 10 a second Snapchat allows a token, so two accounts of one connection pulling at once still
    /// stay within it, and a 500-campaign account reads a chunk in under two minutes.
    /// </remarks>
    public PlatformEndpoints Snapchat { get; set; } = new() { RestatementDays = 7, RequestsPerMinute = 300 };

    public PlatformEndpoints For(AdPlatform platform) => platform switch
    {
        AdPlatform.Meta => Meta,
        AdPlatform.Google => Google,
        AdPlatform.TikTok => TikTok,
        AdPlatform.Snapchat => Snapchat,
        _ => throw new ArgumentOutOfRangeException(nameof(platform), platform, "No connector for this platform."),
    };
}
