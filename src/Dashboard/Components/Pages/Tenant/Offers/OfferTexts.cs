using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Offers;

/// <summary>How offer campaigns read: their type, their offer, and the lifecycle actions their status allows.</summary>
public static class OfferTexts
{
    public static string Type(OfferCampaignType? type) => type switch
    {
        OfferCampaignType.VipRewards => "VIP rewards",
        OfferCampaignType.LoyaltyBonus => "Loyalty bonus",
        OfferCampaignType.LocationPromo => "Location promo",
        OfferCampaignType.ReEngagement => "Re-engagement",
        OfferCampaignType.Welcome => "Welcome",
        OfferCampaignType.MilestoneReward => "Milestone reward",
        OfferCampaignType.WeekendCashback => "Weekend cashback",
        OfferCampaignType.CategoryPromotion => "Category promotion",
        OfferCampaignType.Custom => "Custom",
        _ => "Unknown",
    };

    /// <summary>"10% cashback at their locations", "2 points per unit spent", "5.00 EUR bonus".</summary>
    public static string Offer(Offer? offer, string? currency)
    {
        if (offer is null)
        {
            return Formats.None;
        }

        var value = (offer.Value ?? 0).ToString("0.##", CultureInfo.InvariantCulture);
        var what = offer.Kind switch
        {
            OfferKind.Cashback => $"{value}% cashback",
            OfferKind.PercentOff => $"{value}% off",
            OfferKind.Points => $"{value} points per unit spent",
            OfferKind.FixedBonus => $"{Formats.Money(offer.Value, currency)} bonus",
            _ => value,
        };
        var where = offer.Place switch
        {
            OfferPlace.TheirLocations => " at their usual places",
            OfferPlace.TheirCategory => " in their favourite category",
            _ => "",
        };
        return what + where;
    }

    /// <summary>A draft is approved (activated) and a paused campaign resumed through the same API call; an active one pauses.</summary>
    public static string? ActivateLabel(OfferCampaignStatus? status) => status switch
    {
        OfferCampaignStatus.Draft => "Approve and start",
        OfferCampaignStatus.Paused => "Resume",
        _ => null,
    };

    public static bool CanPause(OfferCampaignStatus? status) => status == OfferCampaignStatus.Active;

    /// <summary>Only a draft is deleted from here: a campaign that ran keeps its results.</summary>
    public static bool CanDelete(OfferCampaignStatus? status) => status == OfferCampaignStatus.Draft;
}
