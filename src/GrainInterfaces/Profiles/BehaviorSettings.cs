namespace GrainMarketing.Profiles;

/// <summary>A tenant's behaviour settings: patterns, rising spend, holdout share and the campaigns the daily analysis creates.</summary>
/// <remarks>
/// When a profile shows each pattern, when spend counts as rising, the share of every auto-generated
/// campaign's targets held out, and the campaigns the daily analysis creates per pattern (defaults:
/// <see cref="Offers.CampaignDefaults.All"/>).
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.BehaviorSettings")]
public sealed record BehaviorSettings(
    [property: Id(0)] PatternSettings Patterns,
    [property: Id(1)] double RisingSpendRatio,
    [property: Id(2)] double HoldoutShare,
    [property: Id(3)] IReadOnlyList<Offers.CampaignDefault> Campaigns)
{
    public static readonly BehaviorSettings Default = new(PatternSettings.Default, 1.5, 0.1, Offers.CampaignDefaults.All);
}
