using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace GrainMarketing.Bench;

/// <summary>
/// Phase 4, automation under load: a rule pauses any snapchat campaign whose spend today passes 100 and
/// notifies a webhook (the bench's own receiver on loopback). While background ingestion runs at half
/// the sustained rate, one client posts probes one after another, each a single event that takes a new
/// snapchat campaign to 150, and times from its 202 to (a) the API showing the campaign paused, polled
/// back to back, and (b) the webhook about it arriving.
/// </summary>
internal sealed class AutomationPhase(BenchApi api, ApiBackground background, BenchOptions options, SharedTotals accepted, Report report)
{
    private const string Phase = "4 automation";
    private const decimal ProbeSpend = 150m;
    private static readonly TimeSpan ProbeLimit = TimeSpan.FromSeconds(30);

    private readonly string _run = Guid.NewGuid().ToString("N")[..8];

    public async Task RunAsync(double backgroundRate, DateOnly today)
    {
        using var sink = new WebhookSink();
        await api.CreateAsync("alert-channels", new { name = "bench-hook", type = "webhook", url = sink.Url });
        await api.CreateAsync("rules", new
        {
            name = "Bench: pause runaway snapchat spend",
            scope = new { level = "campaign", platforms = new[] { "snapchat" } },
            conditions = new[] { new { metric = "spend", window = "today", comparator = "gt", threshold = 100 } },
            actions = new object[] { new { type = "pause" }, new { type = "notify", channels = new[] { "bench-hook" }, severity = "critical" } },
        });
        Report.Progress($"automation: probing for {options.PhaseDuration.TotalSeconds:N0} s with background ingestion at {backgroundRate:N0} events/s");
        if (await ProbeAsync(sink, 0, today) is null)
        {
            report.Add(Phase, "warm-up probe", $"FAILED: no pause or no webhook within {ProbeLimit.TotalSeconds:N0} s (was the silo started with Alerts__AllowPrivateTargets=true?)");
            return;
        }

        var load = background.Start(backgroundRate);
        var applied = new List<double>();
        var delivered = new List<double>();
        var failures = 0;
        var clock = Stopwatch.StartNew();
        for (var n = 1; clock.Elapsed < options.PhaseDuration; n++)
        {
            if (await ProbeAsync(sink, n, today) is { } probe)
            {
                applied.Add(probe.Applied.TotalMilliseconds);
                delivered.Add(probe.Delivered.TotalMilliseconds);
            }
            else
            {
                failures++;
                report.Add(Phase, "probe", $"FAILED: probe {n} not accepted, not paused or not delivered within {ProbeLimit.TotalSeconds:N0} s; phase stopped");
                break;
            }
        }

        var loadResult = await background.StopAsync(load);
        report.Add(Phase, "202 of the batch crossing the threshold to the campaign shown paused, under load",
            LatencySummary.From(applied, failures, clock.Elapsed).ToString());
        report.Add(Phase, "202 of the batch crossing the threshold to the webhook received, under load",
            LatencySummary.From(delivered, failures, clock.Elapsed).ToString());
        report.Add(Phase, "background ingestion during the probes", loadResult.ToString());
    }

    private async Task<(TimeSpan Applied, TimeSpan Delivered)?> ProbeAsync(WebhookSink sink, int n, DateOnly today)
    {
        var campaign = $"bench-rule-{_run}-{n}";
        var target = $"snapchat:{campaign}";
        var webhook = sink.ArrivalAsync(target);
        var body = Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
            $"{{\"platform\":\"snapchat\",\"campaignId\":\"{campaign}\",\"date\":\"{today:yyyy-MM-dd}\",\"impressions\":1,\"spend\":{ProbeSpend},\"kind\":\"delta\",\"eventId\":\"r{_run}-{n}\"}}\n"));
        var (ok, _) = await api.PostWithRetriesAsync(body);
        if (!ok)
        {
            return null;
        }

        var start = Stopwatch.GetTimestamp();
        accepted.Add(new EventTotals(1, 1, 0, (long)(ProbeSpend / EventGenerator.SpendUnit), 0, 0));
        TimeSpan? applied = null;
        while (Stopwatch.GetElapsedTime(start) < ProbeLimit)
        {
            if (await api.CampaignStatusAsync(target) == "paused")
            {
                applied = Stopwatch.GetElapsedTime(start);
                break;
            }
        }

        var remaining = ProbeLimit - Stopwatch.GetElapsedTime(start);
        if (applied is null || await Task.WhenAny(webhook, Task.Delay(remaining > TimeSpan.Zero ? remaining : TimeSpan.Zero)) != webhook)
        {
            return null;
        }

        return (applied.Value, Stopwatch.GetElapsedTime(start, await webhook));
    }
}
