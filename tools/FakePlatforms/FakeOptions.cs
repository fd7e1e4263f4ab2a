using GrainMarketing.FakePlatforms.Accounts;

namespace GrainMarketing.FakePlatforms;

/// <summary>The fake platforms' settings (section <c>FakePlatforms</c>; environment <c>FakePlatforms__Seed=7</c>).</summary>
public sealed class FakeOptions
{
    public const string Section = "FakePlatforms";

    /// <summary>Seeds accounts, numbers and restatements: the same seed gives the same platforms.</summary>
    public int Seed { get; set; } = 19;

    /// <summary>Ad accounts per platform, 1 to 3 (EUR, USD, GBP in turn).</summary>
    public int AccountsPerPlatform { get; set; } = 3;

    public int CampaignsPerAccount { get; set; } = 4;

    /// <summary>Days of history, today included.</summary>
    public int Days { get; set; } = 120;

    /// <summary>How often restatement windows get late conversions on their own; zero turns it off (the control API still restates).</summary>
    public TimeSpan RestatementInterval { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Requests a token may make per minute on one platform before the throttling answers start.</summary>
    public int RequestsPerMinute { get; set; } = 600;

    /// <summary>What a throttling answer tells the caller to wait.</summary>
    public int RetryAfterSeconds { get; set; } = 30;

    /// <summary>Polls of a Meta async report run before it says "Job Completed".</summary>
    public int MetaAsyncPolls { get; set; } = 3;

    /// <summary>Rows per googleAds:search page (10,000 on the real API; smaller in tests to exercise paging).</summary>
    public int GooglePageSize { get; set; } = 10_000;

    public PlatformApp Meta { get; set; } = new() { AccessTokenSeconds = 7_200, StaticToken = "fake-meta-system-user-token" };

    public PlatformApp Google { get; set; } = new() { AccessTokenSeconds = 3_599, StaticToken = "fake-google-demo-refresh-token" };

    public PlatformApp TikTok { get; set; } = new() { AccessTokenSeconds = 0 };

    public PlatformApp Snapchat { get; set; } = new() { AccessTokenSeconds = 1_800 };

    /// <summary>Meta's long-lived user token lifetime (about 60 days).</summary>
    public int MetaLongLivedSeconds { get; set; } = 5_184_000;

    public PlatformApp App(Platform platform) => platform switch
    {
        Platform.Meta => Meta,
        Platform.Google => Google,
        Platform.TikTok => TikTok,
        _ => Snapchat,
    };
}
