using GrainMarketing.Offers;

namespace GrainMarketing.Profiles;

/// <summary>The customer's side of offer campaigns: the pure core of the profile grain's offer handling.</summary>
/// <remarks>
/// The customer's side of offer campaigns, the pure core of the profile grain's offer handling: which
/// campaigns target the customer, the purchases each campaign's window holds (for treated and held-out
/// customers alike, which is what the uplift compares), the outcome rows the target list is given, and the
/// offers the customer sees, ranked by expected value.
/// </remarks>
public static class ProfileOffers
{
    /// <summary>Prior of a customer's chance to convert an offer: one conversion in ten views, before any history.</summary>
    public const int PriorViews = 10;

    /// <summary>Takes the campaigns that target the customer now; a campaign kept keeps its counts, one dropped is forgotten.</summary>
    public static void Retarget(Dictionary<string, CampaignTarget> targets, IEnumerable<CampaignTargeting> targeting)
    {
        var now = targeting.ToDictionary(t => t.Campaign, StringComparer.Ordinal);
        foreach (var gone in targets.Keys.Where(campaign => !now.ContainsKey(campaign)).ToList())
        {
            targets.Remove(gone);
        }

        foreach (var (campaign, current) in now)
        {
            if (!targets.TryGetValue(campaign, out var target))
            {
                targets[campaign] = target = new CampaignTarget();
            }

            (target.HeldOut, target.Place) = (current.HeldOut, current.Place);
        }
    }

    /// <summary>Counts a purchase for every targeting campaign that is active and whose window holds it; adds those campaigns to <paramref name="changed"/>.</summary>
    public static void Attribute(Dictionary<string, CampaignTarget> targets, ActiveCampaigns active, Transaction purchase, ISet<string> changed)
    {
        foreach (var campaign in active.Campaigns)
        {
            if (targets.TryGetValue(campaign.Id, out var target)
                && campaign.StartsAt <= purchase.At && (campaign.EndsAt is not { } end || purchase.At < end))
            {
                target.Purchases++;
                target.Revenue += purchase.Amount;
                changed.Add(campaign.Id);
            }
        }
    }

    /// <summary>The absolute outcome of each changed campaign that targets the customer, for its target list.</summary>
    public static IReadOnlyList<TargetOutcome> Outcomes(
        UserKey user, Dictionary<string, CampaignTarget> targets, IReadOnlyDictionary<string, OfferEngagement> offers, IEnumerable<string> changed, DateTimeOffset at) =>
        [.. changed.Where(targets.ContainsKey).Select(campaign =>
        {
            var target = targets[campaign];
            var engaged = offers.GetValueOrDefault(campaign);
            return new TargetOutcome(user.Tenant, campaign, user.UserId,
                engaged?.Delivered ?? 0, engaged?.Viewed ?? 0, engaged?.Clicked ?? 0, engaged?.Converted ?? 0, engaged?.ConvertedAmount ?? 0,
                target.Purchases, target.Revenue, at);
        })];

    /// <summary>The offers the customer sees at <paramref name="now"/>: active campaigns in their window that target them and do not hold them out.</summary>
    /// <remarks>
    /// Expected value = p × (average purchase − the offer's cost on it), p = (their offer conversions + 1) /
    /// (their offer views + <see cref="PriorViews"/>): their own record with offers, starting from one in ten.
    /// Highest first, then by campaign id.
    /// </remarks>
    public static IReadOnlyList<UserOffer> Rank(
        Dictionary<string, CampaignTarget> targets, IReadOnlyDictionary<string, OfferEngagement> offers, ActiveCampaigns active, ProfileMetrics metrics, DateTimeOffset now)
    {
        var average = metrics.Transactions == 0 ? 0 : metrics.Spend / metrics.Transactions;
        var converted = offers.Values.Sum(offer => offer.Converted);
        var viewed = offers.Values.Sum(offer => offer.Viewed);
        var p = (converted + 1m) / (viewed + PriorViews);
        return [.. active.Campaigns
            .Where(campaign => targets.TryGetValue(campaign.Id, out var target) && !target.HeldOut
                && campaign.StartsAt <= now && (campaign.EndsAt is not { } end || now < end))
            .Select(campaign =>
            {
                var offer = campaign.Draft.Offer;
                var cost = offer.CostOn(average);
                var value = Math.Round(p * (average - cost), 4);
                return new UserOffer(campaign.Id, campaign.Draft.Name, campaign.Draft.Type, offer, targets[campaign.Id].Place, campaign.EndsAt, value,
                    $"p(convert) {p:P1} ({converted} conversions in {viewed} offers viewed, from a prior of 1 in {PriorViews}) × "
                    + $"(average purchase {average:0.00} − offer cost {cost:0.00})");
            })
            .OrderByDescending(offer => offer.ExpectedValue).ThenBy(offer => offer.Campaign, StringComparer.Ordinal)];
    }
}
