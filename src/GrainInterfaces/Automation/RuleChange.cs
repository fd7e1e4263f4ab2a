namespace GrainMarketing.Automation;

/// <summary>A rule before and after a change, for the audit trail; null where it did not or no longer exists.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RuleChange")]
public sealed record RuleChange(
    [property: Id(0)] RuleDetails? Before,
    [property: Id(1)] RuleDetails? After);
