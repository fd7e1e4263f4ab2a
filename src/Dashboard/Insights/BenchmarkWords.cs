using System.Globalization;
using GrainMarketing.Dashboard.Components.Shared;
using MudBlazor;

namespace GrainMarketing.Dashboard.Insights;

/// <summary>How a benchmark comparison reads: KPI values in their unit, a standing in words and colour, a published figure with its statistic.</summary>
public static class BenchmarkWords
{
    public static readonly IReadOnlyList<(string Metric, string Label)> Metrics =
        [("ctr", "CTR"), ("cpc", "CPC"), ("cvr", "Conversion rate"), ("cpa", "CPA")];

    public static string Label(string? metric) => Metrics.FirstOrDefault(m => m.Metric == metric).Label ?? metric ?? "";

    /// <summary>Rates as percentages, costs as money in <paramref name="currency"/>.</summary>
    public static string Value(string? metric, double? value, string? currency) =>
        metric is "ctr" or "cvr" ? Formats.Percent(value) : Formats.Money(value, currency);

    /// <summary>"95% interval 2.68% – 3.35%", or empty without an interval.</summary>
    public static string Interval(string? metric, double? low, double? high, string? currency) =>
        low is null || high is null ? "" : $"95% interval {Value(metric, low, currency)} – {Value(metric, high, currency)}";

    /// <summary>"Below the average", "Above the median (within noise)", "At the median".</summary>
    public static string Standing(string? position, string? against, bool sure) => position switch
    {
        "equal" => $"At the {against}",
        "above" or "below" => $"{(position == "above" ? "Above" : "Below")} the {against}{(sure ? "" : " (within noise)")}",
        _ => Formats.None,
    };

    /// <summary>Green when surely better, red when surely worse, grey while the interval straddles the figure.</summary>
    public static Color ColorOf(bool better, bool sure) => !sure ? Color.Default : better ? Color.Success : Color.Error;

    /// <summary>"median 3.53 USD", "p25 1.00 USD", "average 6.42%".</summary>
    public static string Figure(string? statistic, int? percentile, string? metric, double? value, string? currency)
    {
        var label = statistic switch
        {
            "percentile" => string.Create(CultureInfo.InvariantCulture, $"p{percentile}"),
            _ => statistic ?? "",
        };
        return $"{label} {Value(metric, value, currency)}";
    }

    /// <summary>The percentile band in words: "between p50 and p75 (about p62)", "below p25"; empty without a band.</summary>
    public static string Band(string? band, double? percentile)
    {
        if (band is null)
        {
            return "";
        }

        var words = band.Contains('-', StringComparison.Ordinal) && !band.Contains(' ', StringComparison.Ordinal)
            ? "between " + band.Replace("-", " and ", StringComparison.Ordinal)
            : band;
        return percentile is { } p ? $"{words} (about p{Math.Round(p).ToString(CultureInfo.InvariantCulture)})" : words;
    }
}
