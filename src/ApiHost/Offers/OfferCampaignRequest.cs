using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.ApiHost.Offers;

/// <summary>An offer campaign as a person writes it: the whole campaign, for a create or a replace.</summary>
/// <param name="Type">vipRewards, loyaltyBonus, locationPromo, reEngagement, welcome, milestoneReward, weekendCashback, categoryPromotion or custom.</param>
/// <param name="DurationDays">Days it runs from its start, 1-365.</param>
/// <param name="HoldoutShare">Share of the targets held out (never shown the offer), 0-0.5; the tenant's setting (10% unless changed) when omitted on create, the campaign's own on replace.</param>
/// <param name="StartsAt">Start no earlier than this when activated; omitted: at activation.</param>
public sealed record OfferCampaignRequest(
    string? Name = null,
    string? Type = null,
    TargetCriteriaRequest? Criteria = null,
    OfferRequest? Offer = null,
    int? DurationDays = null,
    double? HoldoutShare = null,
    DateTimeOffset? StartsAt = null)
{
    private const string Types = "vipRewards, loyaltyBonus, locationPromo, reEngagement, welcome, milestoneReward, weekendCashback, categoryPromotion or custom";
    private const string Patterns = "highSpender, frequent, weekend, categoryFocused, locationClustered, new, inactive or seasonal";

    /// <summary>The draft, or a 400 naming every bad field by its JSON path.</summary>
    public OfferCampaignDraft ToDraft(double defaultHoldoutShare)
    {
        var errors = new ValidationErrors();
        var type = Required(Type, "type", errors) ? QueryValues.Named<OfferCampaignType>(Type, "type", Types, errors) : null;
        var criteria = Criteria is null ? null : ReadCriteria(Criteria, errors);
        var offer = Offer is null ? null : ReadOffer(Offer, errors);
        if (DurationDays is null)
        {
            errors.Add("durationDays", "Required: the days the campaign runs from its start, 1-365.");
        }

        var draft = new OfferCampaignDraft(
            Name?.Trim() ?? "", type ?? OfferCampaignType.Custom, criteria!, offer!, DurationDays ?? 1, HoldoutShare ?? defaultHoldoutShare, StartsAt);
        errors.AddMissing(OfferRules.Validate(draft));
        if (errors.Fields.Any(field => field.StartsWith("criteria.patterns[", StringComparison.Ordinal)))
        {
            // The unreadable patterns are named one by one; "name at least one" would only repeat them.
            errors.Remove("criteria.patterns");
        }

        errors.ThrowIfAny();
        return draft;
    }

    private static TargetCriteria ReadCriteria(TargetCriteriaRequest request, ValidationErrors errors)
    {
        var patterns = new List<BehaviorPattern>();
        for (var i = 0; i < (request.Patterns?.Count ?? 0); i++)
        {
            var field = $"criteria.patterns[{i}]";
            if (Required(request.Patterns![i], field, errors) && QueryValues.Named<BehaviorPattern>(request.Patterns[i], field, Patterns, errors) is { } pattern)
            {
                patterns.Add(pattern);
            }
        }

        return new TargetCriteria(patterns, request.Category?.Trim(), request.City?.Trim(), request.RisingSpend ?? false);
    }

    private static Offer ReadOffer(OfferRequest request, ValidationErrors errors)
    {
        var kind = Required(request.Kind, "offer.kind", errors)
            ? QueryValues.Named<OfferKind>(request.Kind, "offer.kind", "cashback, percentOff, points or fixedBonus", errors)
            : null;
        var place = QueryValues.Named<OfferPlace>(request.Place, "offer.place", "anywhere, theirLocations or theirCategory", errors);
        if (request.Value is null)
        {
            errors.Add("offer.value", "Required.");
        }

        return new Offer(kind ?? OfferKind.FixedBonus, request.Value ?? 1, place ?? OfferPlace.Anywhere, request.PointValue ?? 0.01m);
    }

    private static bool Required(string? value, string field, ValidationErrors errors)
    {
        if (!string.IsNullOrEmpty(value))
        {
            return true;
        }

        errors.Add(field, "Required.");
        return false;
    }
}
