namespace GrainMarketing.Dashboard.Sessions;

/// <summary>One session's tokens; refreshing is serialised so a refresh token is used once.</summary>
public sealed class SessionEntry(ApiTokens tokens)
{
    public ApiTokens Tokens { get; set; } = tokens;

    public SemaphoreSlim RefreshGate { get; } = new(1, 1);
}
