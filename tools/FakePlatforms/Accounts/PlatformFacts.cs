namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>Per-platform constants: URL prefix and how far back numbers keep changing (PLATFORMS.md).</summary>
public static class PlatformFacts
{
    public static readonly IReadOnlyList<Platform> All = [Platform.Meta, Platform.Google, Platform.TikTok, Platform.Snapchat];

    /// <summary>The path prefix that plays the platform's base URL, also its name in the control API.</summary>
    public static string Prefix(Platform platform) => platform switch
    {
        Platform.Meta => "meta",
        Platform.Google => "google",
        Platform.TikTok => "tiktok",
        _ => "snapchat",
    };

    public static Platform? FromPrefix(string name) =>
        All.Cast<Platform?>().FirstOrDefault(p => string.Equals(Prefix(p!.Value), name, StringComparison.OrdinalIgnoreCase));

    /// <summary>Days (today included) whose numbers may still change: Meta 28, Google 14, TikTok 3, Snapchat 7.</summary>
    public static int RestatementDays(Platform platform) => platform switch
    {
        Platform.Meta => 28,
        Platform.Google => 14,
        Platform.TikTok => 3,
        _ => 7,
    };
}
