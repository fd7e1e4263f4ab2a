using GrainMarketing.Offers;

namespace GrainMarketing.Profiles;

/// <summary>What makes a tenant's <see cref="BehaviorSettings"/> valid.</summary>
/// <remarks>Every broken rule is keyed by its JSON path (<c>patterns.weekendShare</c>, <c>campaigns[2].offer.value</c>).</remarks>
public static class BehaviorSettingsRules
{
    public static Dictionary<string, string[]> Validate(BehaviorSettings settings)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        if (settings.Patterns is not { } patterns)
        {
            errors["patterns"] = ["Required."];
        }
        else
        {
            Share(patterns.HighSpenderTopShare, "patterns.highSpenderTopShare", errors);
            Share(patterns.WeekendShare, "patterns.weekendShare", errors);
            Share(patterns.CategoryShare, "patterns.categoryShare", errors);
            Range(patterns.FrequentPerWeek, 0.25, 50, "patterns.frequentPerWeek", errors);
            Range(patterns.SeasonalRatio, 1.1, 100, "patterns.seasonalRatio", errors);
            Range(patterns.MaxClusterLocations, 1, 20, "patterns.maxClusterLocations", errors);
            Range(patterns.NewDays, 1, 89, "patterns.newDays", errors);
            Range(patterns.InactiveDays, 1, 89, "patterns.inactiveDays", errors);
            Range(patterns.MinTransactions, 1, 100, "patterns.minTransactions", errors);
        }

        Range(settings.RisingSpendRatio, 1.01, 100, "risingSpendRatio", errors);
        OfferRules.ValidateHoldoutShare(settings.HoldoutShare, "holdoutShare", errors);
        if (settings.Campaigns is null)
        {
            errors["campaigns"] = ["Required."];
            return errors;
        }

        for (var i = 0; i < settings.Campaigns.Count; i++)
        {
            if (settings.Campaigns[i] is not { } campaign)
            {
                errors[$"campaigns[{i}]"] = ["Required."];
                continue;
            }

            if (campaign.Type == OfferCampaignType.Custom || !Enum.IsDefined(campaign.Type))
            {
                errors[$"campaigns[{i}].type"] = ["Must be one of the eight analysis types (vipRewards … categoryPromotion)."];
            }
            else if (settings.Campaigns.Take(i).Any(earlier => earlier?.Type == campaign.Type))
            {
                errors[$"campaigns[{i}].type"] = ["Each type at most once."];
            }

            OfferRules.ValidateCriteria(campaign.Criteria, $"campaigns[{i}].criteria", errors);
            OfferRules.ValidateOffer(campaign.Offer, $"campaigns[{i}].offer", errors);
            OfferRules.ValidateDurationDays(campaign.DurationDays, $"campaigns[{i}].durationDays", errors);
        }

        return errors;
    }

    private static void Share(double value, string path, Dictionary<string, string[]> errors)
    {
        if (double.IsNaN(value) || value <= 0 || value >= 1)
        {
            errors[path] = ["Must be a share above 0 and below 1 (0.7 = 70%)."];
        }
    }

    private static void Range(double value, double low, double high, string path, Dictionary<string, string[]> errors)
    {
        if (double.IsNaN(value) || value < low || value > high)
        {
            errors[path] = [$"Must be from {low} to {high}."];
        }
    }
}
