namespace GrainMarketing.Profiles;

/// <summary>A recorded entry into or exit from a pattern; <see cref="Id"/> grows with every record and is the paging cursor.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.StoredPatternChange")]
public sealed record StoredPatternChange(
    [property: Id(0)] long Id,
    [property: Id(1)] string UserId,
    [property: Id(2)] BehaviorPattern Pattern,
    [property: Id(3)] bool Entered,
    [property: Id(4)] DateTimeOffset At);
