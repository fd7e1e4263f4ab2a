namespace GrainMarketing.Automation;

/// <summary>What the rule book persists: each rule's kept versions, newest last.</summary>
[GenerateSerializer, Alias("GrainMarketing.RuleBookState")]
public sealed class RuleBookState
{
    [Id(0)] public Dictionary<Guid, List<RuleDetails>> Rules { get; set; } = [];

    /// <summary>Moves with every change, so a cached <see cref="RuleSet"/> can tell it is stale.</summary>
    [Id(1)] public long Version { get; set; }

    /// <summary>Whether the reminder that judges campaigns on a schedule is registered (while any rule is enabled).</summary>
    [Id(2)] public bool Scheduled { get; set; }
}
