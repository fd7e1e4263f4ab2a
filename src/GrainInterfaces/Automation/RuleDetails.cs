namespace GrainMarketing.Automation;

/// <summary>One version of a stored rule: every change makes a new version, and firings name the version they used.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RuleDetails")]
public sealed record RuleDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] int Version,
    [property: Id(2)] RuleDefinition Definition,
    [property: Id(3)] DateTimeOffset CreatedAt,
    [property: Id(4)] string CreatedBy,
    [property: Id(5)] DateTimeOffset UpdatedAt,
    [property: Id(6)] string UpdatedBy);
