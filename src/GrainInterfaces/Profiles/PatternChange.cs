namespace GrainMarketing.Profiles;

/// <summary>A customer entering or leaving a pattern, and when.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.PatternChange")]
public sealed record PatternChange(
    [property: Id(0)] BehaviorPattern Pattern,
    [property: Id(1)] bool Entered,
    [property: Id(2)] DateTimeOffset At);
