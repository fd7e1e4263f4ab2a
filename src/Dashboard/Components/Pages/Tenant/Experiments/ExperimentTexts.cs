using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;
using MudBlazor;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Experiments;

/// <summary>How an experiment's figures read: rates in percent, means as numbers, the verdict in words and colour.</summary>
public static class ExperimentTexts
{
    public static string Metric(ExperimentMetric? metric) => metric switch
    {
        ExperimentMetric.Ctr => "CTR",
        ExperimentMetric.Cvr => "CVR",
        ExperimentMetric.Cpa => "CPA",
        ExperimentMetric.Roas => "ROAS",
        ExperimentMetric.ConversionRate => "Conversion rate",
        _ => "—",
    };

    public static string Measure(string? measure) => measure switch
    {
        "ctr" => "CTR",
        "cvr" => "CVR",
        "cpa" => "CPA (mean of daily values)",
        "roas" => "ROAS (mean of daily values)",
        "conversionRate" => "Conversion rate",
        "valuePerUnit" => "Value per unit",
        _ => measure ?? "—",
    };

    /// <summary>Whether the measure is a rate, read in percent.</summary>
    public static bool IsRate(string? measure) => measure is "ctr" or "cvr" or "conversionRate";

    /// <summary>A level of the measure: 1.253% for a rate, 1.42 for a mean.</summary>
    public static string Value(string? measure, double? value) =>
        value is not { } v ? Formats.None : IsRate(measure) ? v.ToString("0.###%", CultureInfo.InvariantCulture) : v.ToString("N2", CultureInfo.InvariantCulture);

    /// <summary>A difference: percentage points for a rate (+0.68 pp), a signed number for a mean.</summary>
    public static string Difference(string? measure, double? value) =>
        value is not { } v ? Formats.None : IsRate(measure) ? (v * 100).ToString("+0.###;-0.###;0", CultureInfo.InvariantCulture) + " pp" : v.ToString("+0.00;-0.00;0", CultureInfo.InvariantCulture);

    public static string Interval(Func<double?, string> format, double? low, double? high) =>
        low is null || high is null ? "too little data" : $"{format(low)} to {format(high)}";

    /// <summary>A p-value: three significant digits, or "&lt; 0.0001".</summary>
    public static string PValue(double? p) => p switch
    {
        null => Formats.None,
        < 0.0001 => "< 0.0001",
        { } v => v.ToString("0.####", CultureInfo.InvariantCulture),
    };

    public static string Probability(double? p) => p is { } v ? v.ToString("0.#%", CultureInfo.InvariantCulture) : Formats.None;

    public static string Verdict(ExperimentResults results) => results.Verdict switch
    {
        ExperimentVerdict.Winner => $"Winner: {results.Winner}",
        ExperimentVerdict.NoDifference => "No difference",
        ExperimentVerdict.Underpowered => "Underpowered",
        _ => "Running",
    };

    public static string VerdictExplained(ExperimentResults results) => results.Verdict switch
    {
        ExperimentVerdict.Winner => $"{results.Winner} is the best variant, and the difference holds however often the results were looked at.",
        ExperimentVerdict.NoDifference => "Every variant reached its sample size and none differs from the control by the minimum detectable effect.",
        ExperimentVerdict.Underpowered => "The experiment stopped before every variant reached its sample size, with no difference found: it cannot tell.",
        _ => "Gathering data: no variant differs from the control yet. Looking now does not spoil the test.",
    };

    public static Color VerdictColor(ExperimentVerdict? verdict) => verdict switch
    {
        ExperimentVerdict.Winner => Color.Success,
        ExperimentVerdict.NoDifference => Color.Info,
        ExperimentVerdict.Underpowered => Color.Warning,
        _ => Color.Default,
    };
}
