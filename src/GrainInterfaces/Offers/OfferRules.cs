namespace GrainMarketing.Offers;

/// <summary>What makes an offer, a target segment and a campaign draft valid.</summary>
/// <remarks>
/// The API host (to answer 400 before any grain call) and the grains (so no caller stores a bad one) use
/// the same rules; every broken rule is keyed by its JSON path under <c>prefix</c>.
/// </remarks>
public static class OfferRules
{
    public const int MaxNameLength = 100;
    public const int MaxDurationDays = 365;
    public const double MaxHoldoutShare = 0.5;
    public const int MaxPlaceLength = 100;

    public static void ValidateOffer(Offer? offer, string prefix, Dictionary<string, string[]> errors)
    {
        if (offer is null)
        {
            errors[prefix] = ["Required."];
            return;
        }

        var (low, high, what) = offer.Kind switch
        {
            OfferKind.Cashback or OfferKind.PercentOff => (0m, 100m, "a percentage above 0 and at most 100"),
            OfferKind.Points => (0m, 1000m, "points per unit spent above 0 and at most 1000"),
            _ => (0m, 1_000_000m, "an amount above 0 and at most 1,000,000"),
        };
        if (offer.Value <= low || offer.Value > high)
        {
            errors[$"{prefix}.value"] = [$"Must be {what}."];
        }

        if (offer.PointValue is <= 0 or > 1000)
        {
            errors[$"{prefix}.pointValue"] = ["Must be above 0 and at most 1000."];
        }

        if (!Enum.IsDefined(offer.Kind))
        {
            errors[$"{prefix}.kind"] = ["Must be cashback, percentOff, points or fixedBonus."];
        }

        if (!Enum.IsDefined(offer.Place))
        {
            errors[$"{prefix}.place"] = ["Must be anywhere, theirLocations or theirCategory."];
        }
    }

    public static void ValidateCriteria(TargetCriteria? criteria, string prefix, Dictionary<string, string[]> errors)
    {
        if (criteria is null)
        {
            errors[prefix] = ["Required."];
            return;
        }

        if ((criteria.Patterns is null || criteria.Patterns.Count == 0) && criteria.Category is null && criteria.City is null && !criteria.RisingSpend)
        {
            errors[$"{prefix}.patterns"] = ["Name at least one pattern, or a category, a city or risingSpend: a campaign never targets every customer by accident."];
        }
        else if (criteria.Patterns?.Any(pattern => !Enum.IsDefined(pattern)) == true)
        {
            errors[$"{prefix}.patterns"] = ["Each must be highSpender, frequent, weekend, categoryFocused, locationClustered, new, inactive or seasonal."];
        }

        if (criteria.Category is { } category && (string.IsNullOrWhiteSpace(category) || category.Length > MaxPlaceLength))
        {
            errors[$"{prefix}.category"] = [$"1-{MaxPlaceLength} characters when given."];
        }

        if (criteria.City is { } city && (string.IsNullOrWhiteSpace(city) || city.Length > MaxPlaceLength))
        {
            errors[$"{prefix}.city"] = [$"1-{MaxPlaceLength} characters when given."];
        }
    }

    public static void ValidateDurationDays(int days, string path, Dictionary<string, string[]> errors)
    {
        if (days is < 1 or > MaxDurationDays)
        {
            errors[path] = [$"Must be 1-{MaxDurationDays} days."];
        }
    }

    public static void ValidateHoldoutShare(double share, string path, Dictionary<string, string[]> errors)
    {
        if (double.IsNaN(share) || share < 0 || share > MaxHoldoutShare)
        {
            errors[path] = [$"Must be from 0 to {MaxHoldoutShare} (0.1 holds out 10% of the targets)."];
        }
    }

    /// <summary>Every broken rule of a draft, keyed by JSON path; empty when it is valid.</summary>
    public static Dictionary<string, string[]> Validate(OfferCampaignDraft draft)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (string.IsNullOrWhiteSpace(draft.Name) || draft.Name.Length > MaxNameLength)
        {
            errors["name"] = [$"Must be 1-{MaxNameLength} characters."];
        }

        if (!Enum.IsDefined(draft.Type))
        {
            errors["type"] = ["Must be one of the campaign types (vipRewards, … custom)."];
        }

        ValidateCriteria(draft.Criteria, "criteria", errors);
        ValidateOffer(draft.Offer, "offer", errors);
        ValidateDurationDays(draft.DurationDays, "durationDays", errors);
        ValidateHoldoutShare(draft.HoldoutShare, "holdoutShare", errors);
        return errors;
    }
}
