namespace GrainMarketing.Offers;

/// <summary>A tenant's offer campaigns (at most <see cref="CampaignBook.MaxCampaigns"/>), and the end the expiry reminder is set for.</summary>
[GenerateSerializer, Alias("GrainMarketing.OfferCampaignBookState")]
public sealed class OfferCampaignBookState
{
    [Id(0)] public List<OfferCampaign> Campaigns { get; set; } = [];

    [Id(1)] public DateTimeOffset? ReminderFor { get; set; }
}
