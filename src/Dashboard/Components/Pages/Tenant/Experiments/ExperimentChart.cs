using GrainMarketing.Dashboard.Api.Client.Models;
using MudBlazor;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Experiments;

/// <summary>The chart of one measure: each variant's estimate, with the lower and upper bounds of its interval as their own series.</summary>
/// <remarks>Only variants with an estimate and both bounds are drawn: a bound the API could not compute is left out, never drawn as zero.</remarks>
public static class ExperimentChart
{
    public const string Lower = "Lower bound";
    public const string Estimate = "Estimate";
    public const string Upper = "Upper bound";

    public static string[] Labels(MetricAnalysis analysis) => [.. Drawn(analysis).Select(v => v.Variant ?? "")];

    /// <summary>Lower, estimate and upper per drawn variant; rates in percent.</summary>
    public static List<ChartSeries<double>> Series(MetricAnalysis analysis)
    {
        var scale = ExperimentTexts.IsRate(analysis.Measure) ? 100 : 1;
        var drawn = Drawn(analysis);
        ChartSeries<double> Of(string name, Func<VariantResult, double> pick) => new() { Name = name, Data = new ChartData<double>([.. drawn.Select(v => pick(v) * scale)]) };
        return [Of(Lower, v => v.Low!.Value), Of(Estimate, v => v.Estimate!.Value), Of(Upper, v => v.High!.Value)];
    }

    private static List<VariantResult> Drawn(MetricAnalysis analysis) =>
        [.. (analysis.Variants ?? []).Where(v => v is { Estimate: not null, Low: not null, High: not null })];
}
