namespace GrainMarketing.Profiles;

/// <summary>A customer's stored profile: purchases by day, patterns, recent changes and offer campaign tracking.</summary>
/// <remarks>
/// Ids 0-19 are the profile's, 20 and up the offer tracking's. It holds purchases by day, the patterns
/// shown, the latest changes, engagement per offer campaign, the campaigns that target the customer, and
/// the journal position applied.
/// </remarks>
[GenerateSerializer, Alias("GrainMarketing.UserProfileState")]
public sealed class UserProfileState
{
    public const int MaxChanges = 50;
    public const int MaxOffers = 50;

    [Id(0)] public BehaviorProfile Profile { get; set; } = new();

    [Id(1)] public HashSet<BehaviorPattern> Patterns { get; set; } = [];

    /// <summary>The newest entries and exits, oldest first.</summary>
    [Id(2)] public List<PatternChange> Changes { get; set; } = [];

    /// <summary>Engagement per offer campaign, the newest <see cref="MaxOffers"/> campaigns.</summary>
    [Id(3)] public Dictionary<string, OfferEngagement> Offers { get; set; } = new(StringComparer.Ordinal);

    /// <summary>Digests of the engagement event ids applied (bounded with the offers they belong to).</summary>
    [Id(4)] public Dictionary<string, HashSet<ulong>> OfferEvents { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The last journal sequence applied (Postgres profile): anything at or below it is a redelivery.</summary>
    [Id(5)] public long JournalSequence { get; set; }

    [Id(6)] public UserKey? User { get; set; }

    /// <summary>When time alone next changes the patterns, as registered with the tenant's pattern clock.</summary>
    [Id(7)] public DateTimeOffset? Due { get; set; }

    /// <summary>How many entries and exits the customer has had: each is numbered, so the customer table records it once.</summary>
    [Id(8)] public long ChangeSequence { get; set; }

    /// <summary>The customer's row is in the customer table (written at the first purchase, whatever the patterns).</summary>
    [Id(9)] public bool Listed { get; set; }

    /// <summary>The active offer campaigns that target the customer, with their purchases inside each campaign's window.</summary>
    [Id(20)] public Dictionary<string, CampaignTarget> Targets { get; set; } = new(StringComparer.Ordinal);

    /// <summary>The version of the tenant's active campaigns <see cref="Targets"/> was read at.</summary>
    [Id(21)] public long TargetingVersion { get; set; }
}
