namespace GrainMarketing.FakePlatforms.Accounts;

/// <summary>The four ad platforms this process stands in for.</summary>
public enum Platform
{
    Meta,
    Google,
    TikTok,
    Snapchat,
}
