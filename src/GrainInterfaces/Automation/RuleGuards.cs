namespace GrainMarketing.Automation;

/// <summary>Minimum volume in the condition's window before a rule may judge a target at all, so noise never triggers it.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RuleGuards")]
public sealed record RuleGuards(
    [property: Id(0)] decimal? MinSpend = null,
    [property: Id(1)] long? MinImpressions = null,
    [property: Id(2)] long? MinConversions = null);
