using System.Globalization;
using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Creatives;
using GrainMarketing.Insights.Recommendations;
using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Audience;

/// <summary>Judges whether segments saturate: CPA rising with spend over 7-day periods, spend having risen.</summary>
/// <remarks>
/// Weighted least squares of log CPA on log spend over the periods with conversions, each weighted by its
/// conversions (a Poisson count's log has variance about one over the count); the scale comes from the residuals,
/// so periods that vary more than Poisson noise widen the interval. One-sided t test of a positive slope on n − 2
/// degrees of freedom, Benjamini-Hochberg over the segments tested. Periods are whole 7-day blocks counted back from
/// the window's last day, so every point covers the same days. A rise shared by every segment (a seasonal CPA rise
/// while all budgets grow) shows in each; the test does not separate it.
/// </remarks>
public static class SaturationTest
{
    public const int MinPeriods = 4;
    public const int PeriodDays = 7;

    public const string Description =
        "Weighted least squares of log weekly CPA on log weekly spend over whole 7-day periods counted back from the window's end (weights: the period's conversions), "
        + "one-sided t test of a positive slope on n − 2 degrees of freedom, Benjamini-Hochberg over the segments tested; saturating when the adjusted p-value is below alpha and the later half of the periods spent more than the earlier half.";

    /// <summary>Each segment's assessment by its name.</summary>
    public static IReadOnlyDictionary<string, SaturationAssessment> Assess(IReadOnlyList<AudienceSegment> segments, DateRange range, double alpha)
    {
        var fits = segments.ToDictionary(s => s.Segment, s => Fit(s, range), StringComparer.Ordinal);
        var tested = fits.Where(f => f.Value.P is not null).ToList();
        var adjusted = BenjaminiHochberg.Adjust([.. tested.Select(f => f.Value.P!.Value)]);
        var byName = tested.Select((f, i) => (f.Key, Adjusted: adjusted[i])).ToDictionary(f => f.Key, f => f.Adjusted, StringComparer.Ordinal);
        return fits.ToDictionary(f => f.Key, f => Judge(f.Value, byName.TryGetValue(f.Key, out var a) ? a : null, alpha), StringComparer.Ordinal);
    }

    /// <summary>The whole 7-day periods of the range, oldest first, with the segment's sums in each.</summary>
    public static IReadOnlyList<SpendPeriod> Periods(AudienceSegment segment, DateRange range)
    {
        var count = range.Days / PeriodDays;
        return [.. Enumerable.Range(0, count).Reverse().Select(back =>
        {
            var to = range.To.AddDays(-back * PeriodDays);
            var from = to.AddDays(-(PeriodDays - 1));
            var days = segment.Days.Where(d => d.Date >= from && d.Date <= to).ToList();
            var spend = days.Sum(d => d.Totals.Spend);
            var conversions = days.Sum(d => d.Totals.Conversions);
            return new SpendPeriod(from, to, spend, conversions, conversions > 0 ? decimal.Round(spend / conversions, Metrics.Kpis.Decimals) : null);
        })];
    }

    private static Fitted Fit(AudienceSegment segment, DateRange range)
    {
        var periods = Periods(segment, range);
        var half = periods.Count / 2;
        var earlier = periods.Take(half).Sum(p => p.Spend);
        var later = periods.Skip(periods.Count - half).Sum(p => p.Spend);
        double? change = earlier > 0 ? (double)(later / earlier) : null;
        if (!segment.Sufficient)
        {
            return new Fitted(periods, change, null, null, null, null, $"Not judged: {Count(segment.Totals.Conversions)} conversions, {Count((decimal)segment.MinimumConversions)} are needed.");
        }

        var points = periods.Where(p => p.Spend > 0 && p.Conversions > 0)
            .Select(p => (X: Math.Log((double)p.Spend), Y: Math.Log((double)p.Cpa!.Value), W: (double)p.Conversions))
            .ToList();
        if (points.Count < MinPeriods)
        {
            return new Fitted(periods, change, null, null, null, null, $"Not judged: {points.Count} periods with spend and conversions, {MinPeriods} are needed.");
        }

        if (WeightedLine.Fit(points) is not { } line)
        {
            return new Fitted(periods, change, null, null, null, null, "Not judged: spend did not vary between periods.");
        }

        var degrees = points.Count - 2;
        var t = line.SlopeError > 0 ? line.Slope / line.SlopeError : (line.Slope > 0 ? double.PositiveInfinity : double.NegativeInfinity);
        var p = double.IsPositiveInfinity(t) ? 0 : double.IsNegativeInfinity(t) ? 1 : 1 - StudentT.CDF(0, 1, degrees, t);
        var halfWidth = StudentT.InvCDF(0, 1, degrees, 0.975) * line.SlopeError;
        return new Fitted(periods, change, line.Slope, line.Slope - halfWidth, line.Slope + halfWidth, p, null);
    }

    private static SaturationAssessment Judge(Fitted fit, double? adjusted, double alpha)
    {
        if (fit.P is not { } p || fit.Slope is not { } slope)
        {
            return new SaturationAssessment(null, null, null, null, null, fit.SpendChange, false, fit.NotJudged!, fit.Periods);
        }

        var rose = fit.SpendChange is > 1;
        var significant = adjusted < alpha;
        var reason = (significant, rose) switch
        {
            (true, true) => $"Saturating: CPA rose about {slope.ToString("0.00", CultureInfo.InvariantCulture)}% for each 1% more spend (adjusted p {P(adjusted!.Value)}) while spend rose {Pct(fit.SpendChange!.Value - 1)}.",
            (true, false) => $"CPA rises with spend (adjusted p {P(adjusted!.Value)}), but spend did not rise over the window.",
            _ => $"No significant rise of CPA with spend (elasticity {slope.ToString("0.00", CultureInfo.InvariantCulture)}, adjusted p {P(adjusted ?? 1)}).",
        };
        return new SaturationAssessment(slope, fit.Low, fit.High, p, adjusted, fit.SpendChange, significant && rose, reason, fit.Periods);
    }

    private static string Pct(double fraction) => (fraction * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%";

    private static string P(double p) => p < 0.001 ? "< 0.001" : p.ToString("0.###", CultureInfo.InvariantCulture);

    private static string Count(decimal count) => count.ToString("0.##", CultureInfo.InvariantCulture);

    private sealed record Fitted(
        IReadOnlyList<SpendPeriod> Periods, double? SpendChange, double? Slope, double? Low, double? High, double? P, string? NotJudged);
}
