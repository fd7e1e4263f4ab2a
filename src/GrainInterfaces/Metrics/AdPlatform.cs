namespace GrainMarketing.Metrics;

/// <summary>Where an ad ran. <see cref="Other"/> covers sources without a connector (custom pixels, CSV from elsewhere).</summary>
public enum AdPlatform
{
    Meta,
    Google,
    TikTok,
    Snapchat,
    Other,
}
