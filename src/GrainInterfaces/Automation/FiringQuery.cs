namespace GrainMarketing.Automation;

/// <summary>Which history entries to read, newest first: every filter given must match; <see cref="Before"/> is the paging cursor.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.FiringQuery")]
public sealed record FiringQuery(
    [property: Id(0)] int Limit,
    [property: Id(1)] Guid? RuleId = null,
    [property: Id(2)] string? Target = null,
    [property: Id(3)] FiringKind? Kind = null,
    [property: Id(4)] DateTimeOffset? From = null,
    [property: Id(5)] DateTimeOffset? To = null,
    [property: Id(6)] long? Before = null,
    [property: Id(7)] bool? DryRun = null);
