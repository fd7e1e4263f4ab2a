using System.Diagnostics;
using System.Globalization;
using System.Text;

namespace GrainMarketing.Bench;

/// <summary>
/// Phase 1, sustained ingest: <c>--concurrency</c> senders post the first <c>--events</c> generated events
/// as NDJSON batches as fast as the API takes them, then the phase waits until the tenant summary shows
/// every accepted impression. Rate = accepted events / time from the first request to all visible.
/// A sampler records accepted and visible counts every 30 s for the timeline.
/// </summary>
internal sealed class IngestPhase(BenchApi api, NdjsonEncoder encoder, BenchOptions options, SharedTotals accepted, Report report)
{
    private const string Phase = "1 ingest";
    private static readonly TimeSpan Interval = TimeSpan.FromSeconds(30);
    private static readonly TimeSpan StallLimit = TimeSpan.FromMinutes(2);

    private long _nextBatch;
    private long _acceptedEvents;
    private long _failedEvents;
    private long _requests;
    private long _retries;

    /// <summary>Runs the phase and returns the sustained rate to visible, or null when the events never all showed.</summary>
    public async Task<double?> RunAsync()
    {
        Report.Progress($"ingest: sending {options.Events:N0} events in batches of {options.Batch:N0} with {options.Concurrency} clients");
        var clock = Stopwatch.StartNew();
        using var sending = new CancellationTokenSource();
        var timeline = SampleAsync(clock, sending.Token);
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
        {
            using var body = new NdjsonBatch(encoder, options.Batch);
            await SendAsync(body);
        })));
        var acceptedIn = clock.Elapsed;
        Report.Progress($"ingest: last 202 after {acceptedIn.TotalSeconds:N1} s; waiting until the tenant summary shows {_acceptedEvents:N0} impressions");
        var visibleIn = await WaitVisibleAsync(clock);
        await sending.CancelAsync();
        var samples = await timeline;
        samples.Add((clock.Elapsed, _acceptedEvents, visibleIn is null ? samples[^1].Visible : _acceptedEvents));

        report.Add(Phase, "events sent", $"{_acceptedEvents:N0} accepted, {_failedEvents:N0} failed, in {_requests:N0} requests of {options.Batch:N0} "
            + $"({_retries:N0} retries), {options.Concurrency} clients");
        report.Add(Phase, "accepted rate (HTTP to 202)", $"{_acceptedEvents / acceptedIn.TotalSeconds:N0} events/s over {acceptedIn.TotalSeconds:N1} s");
        if (visibleIn is not { } visible)
        {
            report.Add(Phase, "sustained rate (HTTP to visible in the tenant summary)", $"NOT REACHED: the summary stopped moving for {StallLimit.TotalSeconds:N0} s");
            return null;
        }

        var rate = _acceptedEvents / visible.TotalSeconds;
        report.Add(Phase, "sustained rate (HTTP to visible in the tenant summary)",
            $"{rate:N0} events/s over {visible.TotalSeconds:N1} s (all visible {(visible - acceptedIn).TotalMilliseconds:N0} ms after the last 202)");
        var observed = await api.TenantTotalsAsync();
        report.Add(Phase, "API tenant summary 7d = sums of the accepted events", observed?.Check(accepted.Value) ?? "MISMATCH: no summary");
        report.AddSection(Timeline(samples));
        return rate;
    }

    private async Task SendAsync(NdjsonBatch body)
    {
        while (true)
        {
            var from = (Interlocked.Increment(ref _nextBatch) - 1) * options.Batch;
            if (from >= options.Events)
            {
                return;
            }

            var count = (int)Math.Min(options.Batch, options.Events - from);
            var totals = body.Fill(from, count);
            var (ok, retries) = await api.PostWithRetriesAsync(body.Body);
            Interlocked.Increment(ref _requests);
            Interlocked.Add(ref _retries, retries);
            if (ok)
            {
                accepted.Add(totals);
                Interlocked.Add(ref _acceptedEvents, count);
            }
            else
            {
                Interlocked.Add(ref _failedEvents, count);
            }
        }
    }

    private async Task<TimeSpan?> WaitVisibleAsync(Stopwatch clock)
    {
        var seen = -1L;
        var progressAt = clock.Elapsed;
        while (true)
        {
            var visible = (await api.TenantTotalsAsync())?.Impressions ?? 0;
            if (visible >= _acceptedEvents)
            {
                return clock.Elapsed;
            }

            if (visible != seen)
            {
                (seen, progressAt) = (visible, clock.Elapsed);
            }
            else if (clock.Elapsed - progressAt > StallLimit)
            {
                return null;
            }

            await Task.Delay(20);
        }
    }

    private async Task<List<(TimeSpan At, long Accepted, long Visible)>> SampleAsync(Stopwatch clock, CancellationToken stop)
    {
        var samples = new List<(TimeSpan At, long Accepted, long Visible)> { (TimeSpan.Zero, 0, 0) };
        using var timer = new PeriodicTimer(Interval);
        try
        {
            while (await timer.WaitForNextTickAsync(stop))
            {
                var acceptedNow = Interlocked.Read(ref _acceptedEvents);
                var at = clock.Elapsed;
                var visible = (await api.TenantTotalsAsync())?.Impressions ?? samples[^1].Visible;
                samples.Add((at, acceptedNow, visible));
            }
        }
        catch (OperationCanceledException)
        {
        }

        return samples;
    }

    private static string Timeline(List<(TimeSpan At, long Accepted, long Visible)> samples)
    {
        var table = new StringBuilder()
            .AppendLine("### Ingest timeline (30 s intervals; the last one ends when every accepted event is visible)")
            .AppendLine()
            .AppendLine("| interval | accepted events/s | visible events/s |")
            .AppendLine("| --- | --- | --- |");
        for (var i = 1; i < samples.Count; i++)
        {
            var (from, to) = (samples[i - 1], samples[i]);
            var seconds = (to.At - from.At).TotalSeconds;
            table.AppendLine(CultureInfo.InvariantCulture,
                $"| {from.At.TotalSeconds:N0}-{to.At.TotalSeconds:N0} s | {(to.Accepted - from.Accepted) / seconds:N0} | {(to.Visible - from.Visible) / seconds:N0} |");
        }

        return table.ToString().TrimEnd();
    }
}
