using Microsoft.Extensions.Configuration;

namespace GrainMarketing.Profiles;

/// <summary>Customer profile settings (configuration section <c>Profiles</c>).</summary>
public sealed class ProfileOptions
{
    public const string Section = "Profiles";

    /// <summary>How long a silo reuses a tenant's <see cref="BehaviorThresholds"/> before asking the settings grain again.</summary>
    /// <remarks>Bound from the key operators already set, <c>Profiles:JudgingCacheDuration</c>.</remarks>
    [ConfigurationKeyName("JudgingCacheDuration")]
    public TimeSpan ThresholdsCacheDuration { get; set; } = TimeSpan.FromSeconds(5);

    /// <summary>How long a silo reuses a tenant's active offer campaigns before asking its campaign book again.</summary>
    /// <remarks>A change drops its own silo's copy at once; other silos' copies age out.</remarks>
    public TimeSpan CampaignCacheDuration { get; set; } = TimeSpan.FromSeconds(1);

    /// <summary>The most customer rows one write to the customer table carries; the writer splits larger queues.</summary>
    public int WriteBatchRows { get; set; } = 2000;
}
