namespace GrainMarketing.Offers;

/// <summary>A tenant's campaigns that are active now, and a version that changes whenever a campaign starts, stops or is re-targeted.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ActiveCampaigns")]
public sealed record ActiveCampaigns(
    [property: Id(0)] long Version,
    [property: Id(1)] IReadOnlyList<OfferCampaign> Campaigns)
{
    public static readonly ActiveCampaigns None = new(0, []);
}
