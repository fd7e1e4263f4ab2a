using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Insights.Budget;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Insights;

/// <summary>The body of <c>POST .../budget/optimize</c>: a total daily budget to split, what to maximise, over which campaigns, within which limits.</summary>
/// <param name="Campaigns">API ids (<c>meta:916</c>); every campaign of the tenant when absent.</param>
public sealed record OptimizeBudgetRequest(
    decimal? TotalDailyBudget = null,
    string? Objective = null,
    IReadOnlyList<string>? Campaigns = null,
    BudgetConstraintsRequest? Constraints = null)
{
    public const int MaxCampaigns = 2000;

    /// <summary>The grain's request, or a 400 naming every bad field; <paramref name="known"/> are the tenant's campaigns.</summary>
    public BudgetRequest Read(string tenant, IReadOnlyList<CampaignKey> known, ValidationErrors errors)
    {
        if (TotalDailyBudget is not > 0)
        {
            errors.Add("totalDailyBudget", "Required: a daily budget above 0, in the tenant's currency.");
        }

        var objective = Objective switch
        {
            null or "conversions" => BudgetObjective.Conversions,
            "conversionValue" => BudgetObjective.ConversionValue,
            _ => (BudgetObjective?)null,
        };
        if (objective is null)
        {
            errors.Add("objective", "Must be conversions or conversionValue.");
        }

        var campaigns = Selected(tenant, known, errors);
        var ids = campaigns.Select(CampaignIds.Format).ToHashSet(StringComparer.Ordinal);
        var bounds = Constraints?.Bounds(ids, errors) ?? new Dictionary<string, BudgetBounds>();
        var change = Constraints?.MaxChangePercent;
        if (change is not null and (<= 0 or > 1000))
        {
            errors.Add("constraints.maxChangePercent", "Must be above 0 and at most 1000 (percent of each campaign's current budget).");
        }

        errors.ThrowIfAny();
        return new BudgetRequest(TotalDailyBudget!.Value, objective!.Value, campaigns, bounds, change);
    }

    private List<CampaignKey> Selected(string tenant, IReadOnlyList<CampaignKey> known, ValidationErrors errors)
    {
        if (Campaigns is null)
        {
            if (known.Count == 0)
            {
                errors.Add("campaigns", "The tenant has no campaigns yet.");
            }

            return known.Count > MaxCampaigns ? Refused(errors, known.Count) : [.. known];
        }

        if (Campaigns.Count == 0 || Campaigns.Count > MaxCampaigns)
        {
            return Refused(errors, Campaigns.Count);
        }

        var set = known.ToHashSet();
        var selected = new List<CampaignKey>();
        for (var i = 0; i < Campaigns.Count; i++)
        {
            var key = Parse(tenant, Campaigns[i]);
            if (key is null || !set.Contains(key))
            {
                errors.Add($"campaigns[{i}]", $"No campaign '{Campaigns[i]}' in this tenant (ids are platform:campaignId, as GET .../campaigns lists them).");
            }
            else if (selected.Contains(key))
            {
                errors.Add($"campaigns[{i}]", "Listed twice.");
            }
            else
            {
                selected.Add(key);
            }
        }

        return selected;
    }

    private static List<CampaignKey> Refused(ValidationErrors errors, int count)
    {
        errors.Add("campaigns", $"Between 1 and {MaxCampaigns} campaigns, {count} given; name fewer.");
        return [];
    }

    private static CampaignKey? Parse(string tenant, string? id)
    {
        try
        {
            return id is null ? null : CampaignIds.Parse(tenant, id);
        }
        catch (GrainMarketing.Errors.NotFoundException)
        {
            return null;
        }
    }
}
