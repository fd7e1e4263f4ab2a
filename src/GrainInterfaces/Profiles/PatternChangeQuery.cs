namespace GrainMarketing.Profiles;

/// <summary>Which recorded entries and exits to read, newest first: every filter given must match.</summary>
/// <remarks>
/// <see cref="Before"/> pages back through history; <see cref="After"/> reads only what was recorded after
/// an id (the live feed).
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.PatternChangeQuery")]
public sealed record PatternChangeQuery(
    [property: Id(0)] int Limit,
    [property: Id(1)] BehaviorPattern? Pattern = null,
    [property: Id(2)] string? UserId = null,
    [property: Id(3)] bool? Entered = null,
    [property: Id(4)] DateTimeOffset? From = null,
    [property: Id(5)] DateTimeOffset? To = null,
    [property: Id(6)] long? Before = null,
    [property: Id(7)] long? After = null);
