using GrainMarketing.Automation;
using GrainMarketing.Metrics;
using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Anomalies;

/// <summary>Judges one series (a campaign's or a tenant's hourly totals) each time a batch lands.</summary>
/// <remarks>
/// Constant work per batch: the open hour is judged on what it has so far (ratios both ways, sums only upwards, since a
/// sum still grows), every hour that closed since the last batch is judged whole (drops show only then) and learned, and the spend
/// since the last conversion is tested against the recent conversion rate (a broken pixel: the chance of that much
/// spend without a conversion, as a Poisson count, turned into a normal deviate so one threshold serves every test).
/// A metric is reported once per episode (<see cref="AnomalyEpisodes"/>); a broken pixel once per run without conversions.
/// </remarks>
public sealed class AnomalyWatch(AnomalyLevel level, string seriesId, TimeZoneInfo zone)
{
    /// <summary>Hours closed at most per batch: a series silent longer learns only its last day, not a week of zeros.</summary>
    public const int MaxHoursClosed = 24;

    /// <summary>The conversion rate's memory: older hours count this much less each hour (a half-life of about a day).</summary>
    public const double RateDecay = 0.97;

    /// <summary>Judges the series after a batch that arrived at <paramref name="at"/>; <paramref name="hourTotals"/> reads an hour's totals by arrival.</summary>
    public IReadOnlyList<AnomalyFinding> Observe(AnomalyWatchState state, DateTimeOffset at, Func<DateTimeOffset, MetricTotals> hourTotals, AnomalyTuning tuning)
    {
        var hour = at.ToUnixTimeSeconds() / 3600;
        if (state.OpenHour == 0)
        {
            state.OpenHour = hour;
        }

        var findings = new List<AnomalyFinding>();
        if (hour < state.OpenHour)
        {
            return findings;
        }

        for (var closed = Math.Max(state.OpenHour, hour - MaxHoursClosed); closed < hour; closed++)
        {
            Close(state, closed, hourTotals(Start(closed)), closed == state.OpenHour ? state.RaisedInOpenHour : 0, tuning, findings);
        }

        if (hour > state.OpenHour)
        {
            state.RecentSpend *= Math.Pow(RateDecay, hour - state.OpenHour);
            state.RecentConversions *= Math.Pow(RateDecay, hour - state.OpenHour);
            state.OpenHour = hour;
            state.SeenInOpenHour = MetricTotals.Zero;
            state.RaisedInOpenHour = 0;
        }

        var totals = hourTotals(Start(hour));
        JudgeOpen(state, hour, totals, tuning, findings);
        WatchConversions(state, hour, totals - state.SeenInOpenHour, tuning, findings);
        state.SeenInOpenHour = totals;
        return findings;
    }

    private void JudgeOpen(AnomalyWatchState state, long hour, MetricTotals totals, AnomalyTuning tuning, List<AnomalyFinding> findings)
    {
        foreach (var metric in tuning.Settings.Metrics)
        {
            if ((state.RaisedInOpenHour & (1 << (int)metric)) == 0 && !state.Episodes.IsOpen((int)metric)
                && Judge(state, metric, hour, totals, closed: false, tuning) is { } finding)
            {
                findings.Add(finding);
                state.RaisedInOpenHour |= 1 << (int)metric;
                state.Episodes.Report((int)metric, anomalous: true);
            }
        }
    }

    /// <summary>Judges a closed hour whole (an episode ends at an hour inside the band; a drop shows only now), then learns every metric.</summary>
    private void Close(AnomalyWatchState state, long hour, MetricTotals totals, int raised, AnomalyTuning tuning, List<AnomalyFinding> findings)
    {
        foreach (var metric in tuning.Settings.Metrics)
        {
            var finding = Judge(state, metric, hour, totals, closed: true, tuning);
            if (state.Episodes.Report((int)metric, finding is not null) && (raised & (1 << (int)metric)) == 0)
            {
                findings.Add(finding!);
            }
        }

        var (hourOfDay, dayOfWeek) = Local(hour);
        foreach (var metric in Enum.GetValues<AnomalyMetric>())
        {
            if (HourMetrics.Value(metric, totals) is { } value)
            {
                var baseline = state.Baselines[(int)metric];
                var expected = baseline.Expect(hourOfDay, dayOfWeek, 0).Value;
                baseline.Learn(value, hourOfDay, dayOfWeek, HourMetrics.NoiseFloor(metric, totals, expected));
            }
        }
    }

    /// <summary>A finding when the hour breaks the band: either way once closed; while open, a sum (still growing) only upwards.</summary>
    private AnomalyFinding? Judge(AnomalyWatchState state, AnomalyMetric metric, long hour, MetricTotals totals, bool closed, AnomalyTuning tuning)
    {
        var baseline = state.Baselines[(int)metric];
        if (!baseline.Ready || HourMetrics.Value(metric, totals) is not { } observed)
        {
            return null;
        }

        var (hourOfDay, dayOfWeek) = Local(hour);
        // A ratio is only as sure as its own hour's counts; a sum that fell is gated on the volume the hour should have had.
        var volume = HourMetrics.IsCount(metric) ? Larger(totals, ExpectedTotals(state, hourOfDay, dayOfWeek)) : totals;
        if (!HourMetrics.HasVolume(metric, volume, (double)volume.Conversions, tuning.Settings))
        {
            return null;
        }

        // Sampling noise scales with the expected value; a baseline of zeros (a silent series) takes the observed one instead,
        // or a first sale would be a thousand billion deviations.
        var reference = baseline.Expect(hourOfDay, dayOfWeek, 0).Value;
        var expected = baseline.Expect(hourOfDay, dayOfWeek, HourMetrics.NoiseFloor(metric, volume, Math.Abs(reference) > 1e-9 ? reference : observed));
        var score = expected.Score(observed);
        var threshold = tuning.Threshold(level, seriesId, metric);
        if (Math.Abs(score) < threshold || (!closed && HourMetrics.IsCount(metric) && score < 0))
        {
            return null;
        }

        var evidence = $"{metric} {observed:G4} against {expected.Value:G4} expected ({expected.Lower(threshold):G4} to {expected.Upper(threshold):G4}) "
            + $"on the {expected.Basis} baseline of {expected.HistoryHours} hours: {score:F1} deviations, {threshold:F1} needed"
            + (closed ? " (the hour closed)." : " (the hour so far).");
        return new AnomalyFinding(metric, HourMetrics.Kind(metric, score > 0), Start(hour), observed, expected, score, threshold, evidence);
    }

    /// <summary>Tests the spend since the last conversion against the recent conversion rate; a conversion ends the run and teaches the rate.</summary>
    /// <remarks>A run is reported once when detected, and once more if it turns critical (<see cref="AnomalyFinding.PixelSeverity"/>).</remarks>
    private void WatchConversions(AnomalyWatchState state, long hour, MetricTotals change, AnomalyTuning tuning, List<AnomalyFinding> findings)
    {
        if (change.Conversions > 0)
        {
            // A run that ended with a conversion was ordinary and is learned whole; one reported as a broken pixel is not.
            var spend = (double)Math.Max(change.Spend, 0) + (state.PixelReported ? 0 : state.SpendSinceConversion);
            state.RecentSpend += spend;
            state.RecentConversions += (double)change.Conversions;
            state.SpendSinceConversion = 0;
            state.PixelReported = false;
            state.PixelCritical = false;
            return;
        }

        state.SpendSinceConversion += (double)Math.Max(change.Spend, 0);
        if (!state.PixelCritical && BrokenPixel(state, hour, tuning) is { } finding
            && (!state.PixelReported || finding.Severity == AlertSeverity.Critical))
        {
            findings.Add(finding);
            state.PixelReported = true;
            state.PixelCritical = finding.Severity == AlertSeverity.Critical;
        }
    }

    /// <summary>The run of spend without a conversion as a broken pixel, when the recent rate makes it unlikely enough; null otherwise.</summary>
    private AnomalyFinding? BrokenPixel(AnomalyWatchState state, long hour, AnomalyTuning tuning)
    {
        if (!tuning.Settings.Metrics.Contains(AnomalyMetric.Conversions) || state.RecentConversions < tuning.Settings.MinimumConversions
            || state.RecentSpend <= 0 || state.SpendSinceConversion <= 0)
        {
            return null;
        }

        var rate = state.RecentConversions / state.RecentSpend;
        var expected = state.SpendSinceConversion * rate;
        var threshold = tuning.Threshold(level, seriesId, AnomalyMetric.Conversions);

        // P(no conversion | Poisson(expected)) = e^-expected, as the normal deviate with that upper tail.
        var score = -Normal.InvCDF(0, 1, Math.Exp(-Math.Min(expected, 600)));
        if (expected < tuning.Settings.MinimumConversions || score < threshold)
        {
            return null;
        }

        var band = new Expectation(expected, Math.Sqrt(expected), AnomalyBaseline.Recent, state.Baselines[(int)AnomalyMetric.Conversions].Hours);
        var critical = AnomalyFinding.PixelSeverity(expected, threshold) == AlertSeverity.Critical;
        var evidence = $"No conversion in {state.SpendSinceConversion:G6} of spend, where the recent rate ({rate:G3} per unit of spend, "
            + $"{state.RecentConversions:G4} conversions on {state.RecentSpend:G6} spend) expects {expected:G3}: a chance of {Math.Exp(-expected):G2}."
            + (critical ? $" Critical: at least {AnomalyFinding.CriticalPixelFactor:G2} times the {AnomalyFinding.DetectableConversions(threshold):G3} conversions a detection needs were lost." : "");
        return new AnomalyFinding(AnomalyMetric.Conversions, AnomalyKind.BrokenPixel, Start(hour), 0, band, score, threshold, evidence);
    }

    /// <summary>The hour's totals as the baselines expect them, for the volume gates and noise floors of a sum that fell.</summary>
    private static MetricTotals ExpectedTotals(AnomalyWatchState state, int hourOfDay, int dayOfWeek)
    {
        double Expected(AnomalyMetric metric) => Math.Max(state.Baselines[(int)metric].Ready ? state.Baselines[(int)metric].Expect(hourOfDay, dayOfWeek, 0).Value : 0, 0);
        var impressions = Expected(AnomalyMetric.Impressions);
        return new MetricTotals(
            (long)impressions, 0, (long)(impressions * Expected(AnomalyMetric.Ctr)),
            (decimal)Expected(AnomalyMetric.Spend), (decimal)Expected(AnomalyMetric.Conversions), (decimal)Expected(AnomalyMetric.ConversionValue));
    }

    private static MetricTotals Larger(MetricTotals a, MetricTotals b) => new(
        Math.Max(a.Impressions, b.Impressions), Math.Max(a.ReachDailySum, b.ReachDailySum), Math.Max(a.Clicks, b.Clicks),
        Math.Max(a.Spend, b.Spend), Math.Max(a.Conversions, b.Conversions), Math.Max(a.ConversionValue, b.ConversionValue));

    private (int HourOfDay, int DayOfWeek) Local(long hour)
    {
        var local = TimeZoneInfo.ConvertTime(Start(hour), zone);
        return (local.Hour, (int)local.DayOfWeek);
    }

    private static DateTimeOffset Start(long hour) => DateTimeOffset.FromUnixTimeSeconds(hour * 3600);
}
