using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Insights.Budget;

namespace GrainMarketing.ApiHost.Insights;

/// <summary>The limits of a budget split: per campaign (by API id) a minimum and a maximum daily budget, and how far any budget may move.</summary>
/// <param name="MaxChangePercent">At most this percent up or down from each campaign's current budget.</param>
public sealed record BudgetConstraintsRequest(
    IReadOnlyDictionary<string, BudgetBoundsRequest>? PerCampaign = null,
    decimal? MaxChangePercent = null)
{
    /// <summary>The limits by campaign; each must name a campaign of the split and have 0 ≤ min ≤ max.</summary>
    public Dictionary<string, BudgetBounds> Bounds(IReadOnlySet<string> campaigns, ValidationErrors errors)
    {
        var bounds = new Dictionary<string, BudgetBounds>(StringComparer.Ordinal);
        foreach (var (id, limits) in PerCampaign ?? new Dictionary<string, BudgetBoundsRequest>())
        {
            var field = $"constraints.perCampaign.{id}";
            if (!campaigns.Contains(id))
            {
                errors.Add(field, "Not a campaign of this split (ids are platform:campaignId, as in campaigns).");
            }
            else if (limits is null || limits.Min is < 0 || limits.Max is <= 0)
            {
                errors.Add(field, "min must be at least 0 and max above 0.");
            }
            else if (limits.Min > limits.Max)
            {
                errors.Add($"{field}.min", $"Must not exceed max ({limits.Max}).");
            }
            else
            {
                bounds[id] = new BudgetBounds(limits.Min, limits.Max);
            }
        }

        return bounds;
    }
}
