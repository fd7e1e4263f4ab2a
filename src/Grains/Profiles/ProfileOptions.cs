namespace GrainMarketing.Profiles;

/// <summary>Customer profile settings (configuration section <c>Profiles</c>).</summary>
public sealed class ProfileOptions
{
    public const string Section = "Profiles";

    /// <summary>How long a silo reuses a tenant's judging (pattern thresholds and high-spender threshold) before asking the settings grain again.</summary>
    public TimeSpan JudgingCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a silo reuses a tenant's active offer campaigns before asking its campaign book again (a change drops its own silo's copy at once).</summary>
    public TimeSpan CampaignCacheDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most customer rows one write to the customer table carries; the writer splits larger queues.</summary>
    public int WriteBatchRows { get; set; } = 2000;
}
