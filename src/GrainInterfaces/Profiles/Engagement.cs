namespace GrainMarketing.Profiles;

/// <summary>A customer's step with one offer campaign's offer; a conversion carries its amount. <see cref="EventId"/> makes a re-sent event count once.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Engagement")]
public sealed record Engagement(
    [property: Id(0)] string EventId,
    [property: Id(1)] EngagementKind Kind,
    [property: Id(2)] string Campaign,
    [property: Id(3)] DateTimeOffset At,
    [property: Id(4)] decimal? Amount = null);
