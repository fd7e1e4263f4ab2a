namespace GrainMarketing.Connectors.WriteBack;

/// <summary>One platform's write-back for one ad account: sends a change in the platform's form and reads the entity back.</summary>
public interface IPlatformWriter
{
    /// <summary>What would be sent, in the platform's form (<c>daily_budget=1235</c>): shown on the campaign and kept for dry runs.</summary>
    string Describe(PlatformChange change);

    /// <summary>Whether the platform limits how often this change may be made (Meta's budget changes per ad set).</summary>
    bool Limited(PlatformChange change);

    /// <summary>Sends the change, then reads the entity back: confirmed only when it holds the value sent.</summary>
    Task<WriteOutcome> PushAsync(PlatformChange change, string accessToken, CancellationToken cancellation);
}
