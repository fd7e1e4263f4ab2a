using System.Globalization;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.Analysis;

/// <summary>The campaigns a daily analysis creates: one per enabled campaign type whose segment is not empty and has no active campaign of that type.</summary>
/// <remarks>
/// One per campaign type the tenant's settings enable, for the segment its criteria select, unless that
/// segment is empty or an active campaign of the same type already targets it (the book refuses a second
/// one anyway; deciding here says why). A campaign is named after its type and the run's local day ("VIP
/// rewards 2026-12-03") and carries the tenant's holdout share.
/// </remarks>
public static class CampaignPlanner
{
    public const string Disabled = "Disabled in the tenant's behaviour settings.";
    public const string EmptySegment = "The segment is empty.";
    public const string RefusedByBook = "The campaign book refused it: an active campaign of this type targets the segment already.";

    /// <summary>A plan per campaign default, in the settings' order; <paramref name="sizes"/> holds the size of each enabled type's segment.</summary>
    public static IReadOnlyList<CampaignPlan> Plan(
        BehaviorSettings settings, IReadOnlyDictionary<OfferCampaignType, int> sizes, IReadOnlyList<OfferCampaign> active, DateOnly day) =>
        [.. settings.Campaigns.Select(campaign => Plan(campaign, settings.HoldoutShare, sizes, active, day))];

    /// <summary>The decision a run records: the plan's skip, or the campaign the book created (null: it refused).</summary>
    public static CampaignDecision Decide(CampaignPlan plan, OfferCampaign? created) =>
        plan.Draft is null
            ? new CampaignDecision(plan.Type, plan.Segment, null, 0, plan.SkipReason!)
            : created is null
                ? new CampaignDecision(plan.Type, plan.Segment, null, 0, RefusedByBook)
                : new CampaignDecision(plan.Type, plan.Segment, created.Id, created.Targets,
                    $"Created for {plan.Size.ToString(CultureInfo.InvariantCulture)} customers in the segment, {created.HeldOut.ToString(CultureInfo.InvariantCulture)} of them held out.");

    public static string Title(OfferCampaignType type) => type switch
    {
        OfferCampaignType.VipRewards => "VIP rewards",
        OfferCampaignType.LoyaltyBonus => "Loyalty bonus",
        OfferCampaignType.LocationPromo => "Location promo",
        OfferCampaignType.ReEngagement => "Re-engagement",
        OfferCampaignType.Welcome => "Welcome",
        OfferCampaignType.MilestoneReward => "Milestone reward",
        OfferCampaignType.WeekendCashback => "Weekend cashback",
        OfferCampaignType.CategoryPromotion => "Category promotion",
        _ => "Custom",
    };

    private static CampaignPlan Plan(
        CampaignDefault campaign, double holdoutShare, IReadOnlyDictionary<OfferCampaignType, int> sizes, IReadOnlyList<OfferCampaign> active, DateOnly day)
    {
        var segment = campaign.Criteria.Key;
        if (!campaign.Enabled)
        {
            return new CampaignPlan(campaign.Type, segment, 0, null, Disabled);
        }

        var size = sizes.GetValueOrDefault(campaign.Type);
        if (size == 0)
        {
            return new CampaignPlan(campaign.Type, segment, 0, null, EmptySegment);
        }

        if (active.FirstOrDefault(other => other.Draft.Type == campaign.Type && other.Draft.Criteria.Key == segment) is { } running)
        {
            return new CampaignPlan(campaign.Type, segment, size, null, $"Active campaign {running.Id} of this type targets the segment already.");
        }

        var name = $"{Title(campaign.Type)} {day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
        return new CampaignPlan(campaign.Type, segment, size, new OfferCampaignDraft(name, campaign.Type, campaign.Criteria, campaign.Offer, campaign.DurationDays, holdoutShare), null);
    }
}
