using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace GrainMarketing.Bench;

/// <summary>
/// Phase "anomaly", detection at ingest under load: while background ingestion runs at half the sustained rate, one
/// client gives a new meta campaign two weeks of history at 0.1 conversions a unit of spend, then posts a batch with
/// 400.00 spent today and no conversion (a broken pixel), and times from that batch's 202 to the anomaly.detected
/// webhook about the campaign arriving at the bench's receiver on loopback. Probes run one after another.
/// </summary>
internal sealed class AnomalyPhase(BenchApi api, ApiBackground background, BenchOptions options, SharedTotals accepted, Report report)
{
    private const string Phase = "anomaly";
    private const int HistoryDays = 14;
    private static readonly TimeSpan ProbeLimit = TimeSpan.FromSeconds(30);

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    public async Task RunAsync(double backgroundRate, DateOnly today)
    {
        using var sink = new WebhookSink();
        await api.CreateAsync("alert-channels", new { name = "bench-anomalies", type = "webhook", url = sink.Url });
        Report.Progress($"anomaly: probing for {options.PhaseDuration.TotalSeconds:N0} s with background ingestion at {backgroundRate:N0} events/s");
        if (await ProbeAsync(sink, 0, today) is null)
        {
            report.Add(Phase, "warm-up probe", $"FAILED: no webhook within {ProbeLimit.TotalSeconds:N0} s (was the silo started with Alerts__AllowPrivateTargets=true?)");
            return;
        }

        var load = background.Start(backgroundRate);
        var delivered = new List<double>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        for (var n = 1; clock.Elapsed < options.PhaseDuration; n++)
        {
            if (await ProbeAsync(sink, n, today) is { } latency)
            {
                delivered.Add(latency.TotalMilliseconds);
            }
            else
            {
                failures++;
                report.Add(Phase, "probe", $"FAILED: probe {n} not accepted or no webhook within {ProbeLimit.TotalSeconds:N0} s; phase stopped");
                break;
            }
        }

        var loadResult = await background.StopAsync(load);
        report.Add(Phase, "202 of the broken-pixel batch to the anomaly.detected webhook received, under load",
            LatencySummary.From(delivered, failures, clock.Elapsed).ToString());
        report.Add(Phase, "background ingestion during the probes", loadResult.ToString());
    }

    private async Task<TimeSpan?> ProbeAsync(WebhookSink sink, int n, DateOnly today)
    {
        var campaign = $"bench-anomaly-{_run}-{n}";
        var webhook = sink.ArrivalAsync($"{api.Tenant}/meta/{campaign}");
        var history = Enumerable.Range(1, HistoryDays).Select(d => Line(campaign, today.AddDays(-d), 1000m, 100));
        if (!(await api.PostWithRetriesAsync(Encoding.UTF8.GetBytes(string.Concat(history)))).Accepted)
        {
            return null;
        }

        if (!(await api.PostWithRetriesAsync(Encoding.UTF8.GetBytes(Line(campaign, today, 400m, 0)))).Accepted)
        {
            return null;
        }

        var start = Stopwatch.GetTimestamp();
        foreach (var (spend, conversions, days) in new[] { (1000m, 100L, EventGenerator.Days - 1), (400m, 0L, 1) })
        {
            accepted.Add(new EventTotals(days, 100_000L * days, (long)(2 * spend) * days, (long)(spend / EventGenerator.SpendUnit) * days, conversions * days, conversions * 4500 * days));
        }

        var remaining = ProbeLimit - Stopwatch.GetElapsedTime(start);
        return await Task.WhenAny(webhook, Task.Delay(remaining)) == webhook ? Stopwatch.GetElapsedTime(start, await webhook) : null;
    }

    /// <summary>One campaign-day as a snapshot: 100,000 impressions, two clicks a unit of spend, conversions worth 45.00 each.</summary>
    private static string Line(string campaign, DateOnly date, decimal spend, int conversions) => string.Create(CultureInfo.InvariantCulture,
        $"{{\"platform\":\"meta\",\"campaignId\":\"{campaign}\",\"date\":\"{date:yyyy-MM-dd}\",\"impressions\":100000,\"clicks\":{(int)(2 * spend)},\"spend\":{spend},\"conversions\":{conversions},\"conversionValue\":{conversions * 45}}}\n");
}
