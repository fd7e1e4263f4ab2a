using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;
using MudBlazor;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Audience;

/// <summary>How the audience insight reads: KPIs with their intervals, verdicts against the rest, and a segment's weekly trend as chart series.</summary>
public static class AudienceInsightView
{
    /// <summary>The KPIs a segment's weekly trend can show, by the name the page's URL uses.</summary>
    public static IReadOnlyList<(string Name, string Label)> TrendKpis { get; } = [("cpa", "CPA"), ("roas", "ROAS"), ("ctr", "CTR"), ("cvr", "Conversion rate")];

    /// <summary>"12.30 EUR (10.10–14.90)"; without the evidence for an interval, the value alone.</summary>
    public static string Cpa(KpiEstimate? cpa, string? currency) => cpa?.Value is null
        ? Formats.None
        : cpa.Low is { } low && cpa.High is { } high
            ? $"{Formats.Money(cpa.Value, currency)} ({Number(low)}–{Number(high)})"
            : Formats.Money(cpa.Value, currency);

    /// <summary>"3.20× (2.80–3.60)"; without the evidence for an interval, the value alone.</summary>
    public static string Roas(KpiEstimate? roas) => roas?.Value is null
        ? Formats.None
        : roas.Low is { } low && roas.High is { } high
            ? $"{Formats.Ratio(roas.Value)} ({Number(low)}–{Number(high)})"
            : Formats.Ratio(roas.Value);

    /// <summary>The test against the rest in words: "better (p 0.002)", "no difference (p 0.41)", "too few conversions".</summary>
    public static string Verdict(SegmentComparison? comparison) => comparison?.Verdict switch
    {
        "better" => $"better (p {P(comparison.AdjustedPValue)})",
        "worse" => $"worse (p {P(comparison.AdjustedPValue)})",
        "not-different" => $"no difference (p {P(comparison.AdjustedPValue)})",
        _ => "too few conversions",
    };

    public static Color VerdictColor(SegmentComparison? comparison) => comparison?.Verdict switch
    {
        "better" => Color.Success,
        "worse" => Color.Error,
        _ => Color.Default,
    };

    /// <summary>The segment's label as people read it: "25-34 · female" for a crossed one.</summary>
    public static string Readable(string? segment) => (segment ?? "").Replace("|", " · ", StringComparison.Ordinal);

    /// <summary>The chosen KPI by ISO week with its week labels; a week where the KPI is undefined (CPA without conversions) is a gap, not a zero.</summary>
    public static (string[] Labels, List<ChartSeries<double>> Series) Trend(AudienceSegmentInsight segment, string kpi)
    {
        var weeks = segment.Weeks ?? [];
        var labels = weeks.Select(WeekLabel).ToArray();
        var values = weeks.Select(week => KpiOf(week, kpi)).ToArray();
        var label = TrendKpis.FirstOrDefault(k => k.Name == kpi).Label ?? kpi;
        return (labels, [new ChartSeries<double> { Name = $"{label}, {Readable(segment.Segment)}", Data = new ChartData<double>(values) }]);
    }

    /// <summary>Whether at least two weeks have a value of the KPI: one point is no trend.</summary>
    public static bool Drawable(AudienceSegmentInsight segment, string kpi) => (segment.Weeks ?? []).Count(week => KpiOf(week, kpi) is not null) >= 2;

    /// <summary>"W49", or "W48 (5 d)" for a week the window cuts.</summary>
    public static string WeekLabel(AudienceWeek week)
    {
        var name = week.Week is { Length: > 5 } iso ? iso[5..] : week.Week ?? "";
        return week.Days is < 7 ? $"{name} ({week.Days} d)" : name;
    }

    public static double? KpiOf(AudienceWeek week, string kpi) => kpi switch
    {
        "roas" => week.Kpis?.Roas,
        "ctr" => week.Kpis?.Ctr,
        "cvr" => week.Kpis?.Cvr,
        _ => week.Kpis?.Cpa,
    };

    /// <summary>A saturating segment in one line: its elasticity with interval and how much spend rose.</summary>
    public static string Saturation(AudienceSegmentInsight segment) => segment.Saturation is { } saturation
        ? $"{Readable(segment.Segment)}: CPA elasticity {Number(saturation.Elasticity)} ({Number(saturation.Low)}–{Number(saturation.High)}), "
            + $"spend up {SpendRise(saturation.SpendChange)} in the later half of the weeks, adjusted p {P(saturation.AdjustedPValue)}"
        : Formats.None;

    private static string SpendRise(double? change) => change is { } ratio ? ((ratio - 1) * 100).ToString("0", CultureInfo.InvariantCulture) + "%" : Formats.None;

    private static string Number(double? value) => value is { } number ? number.ToString("N2", CultureInfo.InvariantCulture) : Formats.None;

    private static string P(double? p) => p switch
    {
        null => Formats.None,
        < 0.001 => "< 0.001",
        _ => p.Value.ToString("0.###", CultureInfo.InvariantCulture),
    };
}
