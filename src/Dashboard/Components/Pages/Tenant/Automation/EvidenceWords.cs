using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Automation;

/// <summary>What a condition saw, in a line: "value 150.00 (previous 120.00, +25%); 93% probable; guard met".</summary>
public static class EvidenceWords
{
    public static string Of(ConditionEvidence seen, string? currency)
    {
        var metric = seen.Condition?.Metric;
        var parts = new List<string> { $"value {Value(metric, seen.Value, currency)}" };
        if (seen.Previous is not null || seen.Change is not null)
        {
            parts[0] += $" (window before {Value(metric, seen.Previous, currency)}, change {(seen.Change is { } change ? change.ToString("+0.#%;-0.#%;0%", CultureInfo.InvariantCulture) : Formats.None)})";
        }

        if (seen.Probability is { } probability)
        {
            parts.Add($"{probability.ToString("0.0%", CultureInfo.InvariantCulture)} probable beyond the threshold");
        }

        parts.Add(seen.GuardMet == true ? "guards met" : "guards not met: too little volume to judge");
        return string.Join("; ", parts);
    }

    /// <summary>Money metrics with the currency, rates as percentages, counts whole.</summary>
    public static string Value(RuleMetric? metric, double? value, string? currency) => metric switch
    {
        RuleMetric.Spend or RuleMetric.ConversionValue or RuleMetric.Cpa or RuleMetric.Cpc or RuleMetric.Cpm or RuleMetric.Aov => Formats.Money(value, currency),
        RuleMetric.Ctr or RuleMetric.Cvr or RuleMetric.BudgetUsed => Formats.Percent(value),
        RuleMetric.Roas or RuleMetric.Frequency => Formats.Ratio(value),
        _ => value is { } count ? count.ToString("N0", CultureInfo.InvariantCulture) : Formats.None,
    };
}
