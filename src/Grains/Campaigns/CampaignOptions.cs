namespace GrainMarketing.Campaigns;

/// <summary>Campaign grain settings (configuration section <c>Campaigns</c>).</summary>
public sealed class CampaignOptions
{
    public const string Section = "Campaigns";

    /// <summary>Days of per-day cells a campaign keeps in memory; older days are answered from history.</summary>
    public int RetentionDays { get; set; } = 90;

    /// <summary>The oldest reporting day kept in memory today; earlier days are answered from history.</summary>
    public DateOnly OldestKept(TimeProvider clock) => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime).AddDays(-RetentionDays);

    /// <summary>How often a campaign with unsaved changes writes its state; never per event.</summary>
    public TimeSpan CheckpointPeriod { get; set; } = TimeSpan.FromSeconds(15);

    /// <summary>How often a busy campaign pushes its summed changes to the tenant's demographic segments and rollup; a first change after a quiet period goes at once (<see cref="FlushSchedule"/>).</summary>
    public TimeSpan FlushPeriod { get; set; } = TimeSpan.FromSeconds(1);
}
