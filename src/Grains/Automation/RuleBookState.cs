namespace GrainMarketing.Automation;

/// <summary>What the rule book persists: each rule's kept versions, newest last.</summary>
[GenerateSerializer, Alias("GrainMarketing.RuleBookState")]
public sealed class RuleBookState
{
    [Id(0)] public Dictionary<Guid, List<RuleDetails>> Rules { get; set; } = [];
}
