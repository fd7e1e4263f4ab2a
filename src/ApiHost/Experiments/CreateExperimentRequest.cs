using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Errors;
using GrainMarketing.Experiments;
using GrainMarketing.Metrics;

namespace GrainMarketing.ApiHost.Experiments;

/// <summary>The body of <c>POST .../experiments</c>: what to compare, between which variants (the first is the control), and how sure to be.</summary>
/// <param name="Metric">ctr, cvr, cpa or roas (variants are campaigns, <c>meta:916</c>), or conversionRate (variants are arms that observations name).</param>
/// <param name="MinimumDetectableEffect">The smallest absolute difference worth finding, in the metric's units (0.005 = half a percentage point).</param>
/// <param name="Alpha">The false-positive rate, above 0 and at most 0.5 (0.05 when absent).</param>
/// <param name="Power">The chance to find the minimum detectable effect, above 0.5 and below 1 (0.8 when absent).</param>
/// <param name="Baseline">For rates: the control's expected rate.</param>
/// <param name="StandardDeviation">For cpa and roas: the expected standard deviation of one day's value.</param>
public sealed record CreateExperimentRequest(
    string? Name = null,
    string? Metric = null,
    IReadOnlyList<string>? Variants = null,
    double? MinimumDetectableEffect = null,
    double? Alpha = null,
    double? Power = null,
    double? Baseline = null,
    double? StandardDeviation = null)
{
    public const double DefaultAlpha = 0.05;
    public const double DefaultPower = 0.8;

    /// <summary>The grain's draft, or a 400 naming every bad field; <paramref name="known"/> are the tenant's campaigns.</summary>
    public ExperimentDraft Read(string tenant, IReadOnlyList<CampaignKey> known, ValidationErrors errors)
    {
        var metric = QueryValues.Named<ExperimentMetric>(Metric, "metric", errors, "Required: ctr, cvr, cpa, roas or conversionRate.");
        if (metric is null)
        {
            errors.Add("metric", "Required: ctr, cvr, cpa, roas or conversionRate.");
        }

        if (MinimumDetectableEffect is null)
        {
            errors.Add("minimumDetectableEffect", "Required: the smallest absolute difference worth finding, in the metric's units.");
        }

        var variants = metric?.UsesCampaigns() == true ? Campaigns(tenant, known, errors) : Variants ?? [];
        var draft = new ExperimentDraft(
            Name?.Trim() ?? "", metric ?? ExperimentMetric.ConversionRate, variants, MinimumDetectableEffect ?? 0, Alpha ?? DefaultAlpha, Power ?? DefaultPower,
            Baseline, StandardDeviation);
        var rules = ExperimentRules.Validate(draft);
        if (metric is null)
        {
            rules.Remove("baseline");
            rules.Remove("standardDeviation");
        }

        errors.AddMissing(rules);
        errors.ThrowIfAny();
        return draft;
    }

    /// <summary>The variants as campaign ids in their canonical form (<c>meta:916</c>), each refused when the tenant has no such campaign.</summary>
    private List<string> Campaigns(string tenant, IReadOnlyList<CampaignKey> known, ValidationErrors errors)
    {
        var set = known.ToHashSet();
        var ids = new List<string>();
        for (var i = 0; i < (Variants?.Count ?? 0); i++)
        {
            var key = Parse(tenant, Variants![i]);
            if (key is null || !set.Contains(key))
            {
                errors.Add($"variants[{i}]", $"No campaign '{Variants[i]}' in this tenant (ids are platform:campaignId, as GET .../campaigns lists them).");
            }

            ids.Add(key is null ? Variants[i] ?? "" : CampaignIds.Format(key));
        }

        return ids;
    }

    private static CampaignKey? Parse(string tenant, string? id)
    {
        try
        {
            return id is null ? null : CampaignIds.Parse(tenant, id);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
