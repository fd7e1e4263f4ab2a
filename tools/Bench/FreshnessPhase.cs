using System.Diagnostics;

namespace GrainMarketing.Bench;

/// <summary>
/// Phase 2, freshness under load: while background ingestion runs at half the sustained rate, one
/// client posts single-impression probes to a campaign of their own and times each from its 202 to the
/// campaign query (window today) showing it, polling back to back. Probes run one after another, so
/// each sees only its own change; a warm-up probe activates the campaign first.
/// </summary>
internal sealed class FreshnessPhase(BenchApi api, ApiBackground background, BenchOptions options, SharedTotals accepted, Report report)
{
    private const string Phase = "2 freshness";
    private static readonly TimeSpan ProbeLimit = TimeSpan.FromSeconds(30);
    private static readonly EventTotals OneImpression = new(1, 1, 0, 0, 0, 0);

    private long _probes;
    private long _polls;

    public async Task RunAsync(double backgroundRate, DateOnly today)
    {
        Report.Progress($"freshness: probing for {options.PhaseDuration.TotalSeconds:N0} s with background ingestion at {backgroundRate:N0} events/s");
        if (await ProbeAsync(today) is null)
        {
            report.Add(Phase, "warm-up probe", $"FAILED: not accepted or not visible after {ProbeLimit.TotalSeconds:N0} s");
            return;
        }

        _polls = 0;
        var load = background.Start(backgroundRate);
        var samples = new List<double>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        while (clock.Elapsed < options.PhaseDuration)
        {
            if (await ProbeAsync(today) is { } freshness)
            {
                samples.Add(freshness.TotalMilliseconds);
            }
            else
            {
                failures++;
                report.Add(Phase, "probe", $"FAILED: probe {_probes} not accepted or not visible after {ProbeLimit.TotalSeconds:N0} s; phase stopped");
                break;
            }
        }

        var loadResult = await background.StopAsync(load);
        var summary = LatencySummary.From(samples, failures, clock.Elapsed);
        report.Add(Phase, "202 to visible in the campaign query (window today), under load",
            $"p50 {summary.P50:N1} ms, p99 {summary.P99:N1} ms, max {summary.Max:N1} ms ({summary.Count:N0} probes, "
            + $"{(double)_polls / Math.Max(1, summary.Count):N1} queries per probe)");
        report.Add(Phase, "background ingestion during the probes", loadResult.ToString());
    }

    /// <summary>Posts the next probe and returns the time from its 202 until a query showed it; null on failure.</summary>
    private async Task<TimeSpan?> ProbeAsync(DateOnly today)
    {
        var (ok, _) = await api.PostWithRetriesAsync(BenchApi.ProbeBody(_probes, today));
        if (!ok)
        {
            return null;
        }

        var sinceAccepted = Stopwatch.StartNew();
        accepted.Add(OneImpression);
        _probes++;
        do
        {
            _polls++;
            if (await api.CampaignImpressionsAsync(BenchApi.ProbeCampaign) >= _probes)
            {
                return sinceAccepted.Elapsed;
            }
        }
        while (sinceAccepted.Elapsed < ProbeLimit);

        return null;
    }
}
