using GrainMarketing.Dashboard.Api.Client.Models;
using Microsoft.Kiota.Abstractions.Serialization;

namespace GrainMarketing.Dashboard.Insights;

/// <summary>The optimiser form as someone fills it in: only the limits they set go into the request.</summary>
public sealed class BudgetDraft
{
    public double? TotalDailyBudget { get; set; }

    public string Objective { get; set; } = "conversions";

    public double? MaxChangePercent { get; set; }

    /// <summary>Per campaign (API id) the minimum and maximum daily budget typed, either possibly empty.</summary>
    public Dictionary<string, CampaignBounds> Bounds { get; } = new(StringComparer.Ordinal);

    public CampaignBounds BoundsOf(string campaign) => Bounds.TryGetValue(campaign, out var bounds) ? bounds : Bounds[campaign] = new CampaignBounds();

    public OptimizeBudgetRequest ToRequest()
    {
        var limited = Bounds.Where(entry => entry.Value.Min is not null || entry.Value.Max is not null).ToList();
        var constraints = limited.Count == 0 && MaxChangePercent is null ? null : new BudgetConstraintsRequest
        {
            MaxChangePercent = MaxChangePercent,
            PerCampaign = limited.Count == 0 ? null : new BudgetConstraintsRequest_perCampaign
            {
                AdditionalData = limited.ToDictionary(entry => entry.Key, entry => (object)BoundsJson(entry.Value)),
            },
        };
        return new OptimizeBudgetRequest { TotalDailyBudget = TotalDailyBudget, Objective = Objective, Constraints = constraints };
    }

    /// <summary>The client has no type for one campaign's bounds (they sit in a map), so they go as JSON: <c>{"min": 20, "max": 90}</c>.</summary>
    private static UntypedObject BoundsJson(CampaignBounds bounds)
    {
        var fields = new Dictionary<string, UntypedNode>(StringComparer.Ordinal);
        if (bounds.Min is { } min)
        {
            fields["min"] = new UntypedDouble(min);
        }

        if (bounds.Max is { } max)
        {
            fields["max"] = new UntypedDouble(max);
        }

        return new UntypedObject(fields);
    }

    /// <summary>The API's field name for a campaign's limit, as its validation errors name it: <c>constraints.perCampaign.meta:1.min</c>.</summary>
    public static string FieldOf(string campaign, string limit) => $"constraints.perCampaign.{campaign}.{limit}";
}
