using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Experiments;

/// <summary>The create form's state: the fields as typed, and the request they make (variants one per line or comma-separated).</summary>
public sealed class ExperimentForm
{
    public string Name { get; set; } = "";

    public string Metric { get; set; } = "conversionRate";

    public string Variants { get; set; } = "";

    public double? MinimumDetectableEffect { get; set; }

    public double? Baseline { get; set; }

    public double? StandardDeviation { get; set; }

    public double Alpha { get; set; } = 0.05;

    public double Power { get; set; } = 0.8;

    /// <summary>Whether the metric is a rate, so the form asks for a baseline rate (not a standard deviation).</summary>
    public bool IsRate => Metric is "ctr" or "cvr" or "conversionRate";

    /// <summary>Whether the variants are campaigns rather than arms named by observations.</summary>
    public bool UsesCampaigns => Metric != "conversionRate";

    public CreateExperimentRequest ToRequest() => new()
    {
        Name = Name.Trim(),
        Metric = Metric,
        Variants = [.. Variants.Split(['\n', ','], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
        MinimumDetectableEffect = MinimumDetectableEffect,
        Alpha = Alpha,
        Power = Power,
        Baseline = IsRate ? Baseline : null,
        StandardDeviation = IsRate ? null : StandardDeviation,
    };
}
