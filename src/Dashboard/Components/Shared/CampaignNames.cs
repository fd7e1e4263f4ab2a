using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Components.Shared;

/// <summary>A campaign's name as people know it, else its key.</summary>
public static class CampaignNames
{
    public static string Of(CampaignResponse campaign) => campaign.Metadata?.Name is { Length: > 0 } name ? name : campaign.Id ?? "";
}
