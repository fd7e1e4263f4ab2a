using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>What rules have done to one campaign or segment, persisted apart from its numbers (it changes only when a rule fires).</summary>
/// <remarks>
/// Bounded: cooldowns and action times are dropped once past, pending changes keep one per target and
/// field, and only the newest <see cref="MaxRecent"/> firings are kept here (history keeps all).
/// </remarks>
[GenerateSerializer, Alias("GrainMarketing.AutomationState")]
public sealed class AutomationState
{
    public const int MaxRecent = 50;

    /// <summary>When each rule may fire again for each target, by <c>{ruleId}|{target}</c>.</summary>
    [Id(0)] public Dictionary<string, DateTimeOffset> NotBefore { get; set; } = [];

    /// <summary>When each target's status and budget changes of the last hour were made, for the action budget.</summary>
    [Id(1)] public Dictionary<string, List<DateTimeOffset>> ActionTimes { get; set; } = [];

    /// <summary>Ad sets' and creatives' controls by target key (the campaign's own live in its metadata).</summary>
    [Id(2)] public Dictionary<string, TargetControl> Targets { get; set; } = [];

    [Id(3)] public List<string> Tags { get; set; } = [];

    /// <summary>Changes for the platform, by <c>{target}|{field}</c>.</summary>
    [Id(4)] public Dictionary<string, PendingPlatformChange> Pending { get; set; } = [];

    /// <summary>The newest firings, oldest first.</summary>
    [Id(5)] public List<RuleFiring> Recent { get; set; } = [];

    /// <summary>Keeps a history entry among the newest <see cref="MaxRecent"/>.</summary>
    public void Remember(RuleFiring entry)
    {
        Recent.Add(entry);
        if (Recent.Count > MaxRecent)
        {
            Recent.RemoveAt(0);
        }
    }

    /// <summary>What rules see of the campaign itself: status and daily budget from its metadata, with the tags rules gave it.</summary>
    public TargetControl CampaignControl(CampaignMetadata metadata) => new(metadata.Status ?? CampaignStatus.Active, metadata.DailyBudget, Tags);

    /// <summary>An ad set or creative as rules left it; active, without budget or tags, when no rule has touched it.</summary>
    public TargetControl PartControl(string target) => Targets.GetValueOrDefault(target, TargetControl.Default);
}
