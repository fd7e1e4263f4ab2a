namespace GrainMarketing.Profiles;

/// <summary>A customer's live profile: the behaviour metrics, the patterns shown now, the latest entries and exits, and engagement per offer campaign.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.UserProfile")]
public sealed record UserProfile(
    [property: Id(0)] UserKey User,
    [property: Id(1)] ProfileMetrics Metrics,
    [property: Id(2)] IReadOnlyList<BehaviorPattern> Patterns,
    [property: Id(3)] IReadOnlyList<PatternChange> RecentChanges,
    [property: Id(4)] IReadOnlyList<OfferEngagement> Offers);
