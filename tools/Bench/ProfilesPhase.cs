using System.Buffers;
using System.Diagnostics;
using System.Text.Json;

namespace GrainMarketing.Bench;

/// <summary>
/// Phase 6, behavioural profiles at scale: <c>--customers</c> generated customers with <c>--purchases</c>
/// purchases each (<see cref="CustomerPurchases"/>) are posted as NDJSON, a request holding whole
/// customers; the phase waits until every customer shows in the location-clustered segment (each profile
/// has judged its purchases and its row is written), then runs the daily analysis now and times it from
/// the request to the run's end, and last waits until the high-spender segment holds the run's count
/// (every customer the new threshold moved has been told).
/// </summary>
internal sealed class ProfilesPhase(BenchApi api, BenchOptions options, Report report)
{
    private const string Phase = "6 profiles";
    private static readonly TimeSpan StallLimit = TimeSpan.FromMinutes(3);

    /// <summary>Segment reads answered 503 while waiting, reported with the phase.</summary>
    private int _unanswered;

    public async Task RunAsync()
    {
        var perRequest = Math.Max(1, options.Batch / options.Purchases);
        var requests = (options.Customers + perRequest - 1) / perRequest;
        var now = DateTimeOffset.UtcNow;
        long next = -1, failed = 0;
        Report.Progress($"profiles: sending {options.Customers:N0} customers x {options.Purchases} purchases, {perRequest:N0} customers per request, {options.Concurrency} clients");
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(Enumerable.Range(0, options.Concurrency).Select(_ => Task.Run(async () =>
        {
            var body = new ArrayBufferWriter<byte>(perRequest * options.Purchases * 200);
            for (long request; (request = Interlocked.Increment(ref next)) < requests;)
            {
                body.ResetWrittenCount();
                var first = request * perRequest;
                var last = Math.Min(options.Customers, first + perRequest);
                CustomerPurchases.Write(body, options.Seed, first, last, options.Purchases, now);
                if (!(await api.PostWithRetriesAsync(body.WrittenMemory, records: "transactions")).Accepted)
                {
                    Interlocked.Add(ref failed, last - first);
                }
            }
        })));
        var accepted = clock.Elapsed;
        var records = (options.Customers - failed) * options.Purchases;
        report.Add(Phase, "purchases sent", $"{records:N0} accepted ({options.Customers - failed:N0} customers), {failed:N0} customers refused, "
            + $"in {accepted.TotalSeconds:N1} s: {records / accepted.TotalSeconds:N0} purchases/s to 202");

        var expected = options.Customers - failed;
        if (!await UntilAsync(() => SizeAsync("locationClustered"), expected))
        {
            report.Add(Phase, "every profile judged and written", $"NOT REACHED: the location-clustered segment stopped short of {expected:N0}");
            return;
        }

        var profiled = clock.Elapsed;
        report.Add(Phase, "every profile judged and written (location-clustered segment = customers)",
            $"{profiled.TotalSeconds:N1} s after the first request: {expected / profiled.TotalSeconds:N0} customers/s, {records / profiled.TotalSeconds:N0} purchases/s");

        var run = await AnalyseAsync();
        var highSpenders = run.GetProperty("patternCounts").GetProperty("highSpender").GetInt32();
        var told = Stopwatch.StartNew();
        report.Add(Phase, "high-spender segment reaches the run's count (customers told of the new threshold)",
            await UntilAsync(() => SizeAsync("highSpender"), highSpenders)
                ? $"{highSpenders:N0} customers in {told.Elapsed.TotalSeconds:N1} s after the run"
                : $"NOT REACHED: stopped short of {highSpenders:N0}");
        report.Add(Phase, "segment sizes now", string.Join(", ", (await api.GetJsonAsync("segments")).EnumerateArray()
            .Select(segment => $"{segment.GetProperty("pattern").GetString()} {segment.GetProperty("size").GetInt32():N0}")));
        report.Add(Phase, "segment reads that did not answer in time while waiting (503, asked again)", $"{_unanswered:N0}");
    }

    /// <summary>Runs the daily analysis now and reports how long it took, the customers it judged and what it created.</summary>
    private async Task<JsonElement> AnalyseAsync()
    {
        var clock = Stopwatch.StartNew();
        var id = (await api.CreateAsync("analysis/run-now", new { })).GetProperty("id").GetString();
        JsonElement run = default;
        do
        {
            await Task.Delay(100);
            try
            {
                run = await api.GetJsonAsync($"analysis/runs/{id}");
            }
            catch (InvalidOperationException busy) when (clock.Elapsed < StallLimit)
            {
                Report.Progress($"profiles: the run is not answering yet ({busy.Message[..Math.Min(80, busy.Message.Length)]})");
            }
        }
        while (run.ValueKind == JsonValueKind.Undefined || run.GetProperty("status").GetString() == "running");
        var took = clock.Elapsed;
        var server = run.GetProperty("finishedAt").GetDateTimeOffset() - run.GetProperty("startedAt").GetDateTimeOffset();
        report.Add(Phase, "daily analysis over every customer (run-now to the run's end)",
            $"{run.GetProperty("status").GetString()}: {took.TotalSeconds:N1} s ({server.TotalSeconds:N1} s in the silo) over {run.GetProperty("customers").GetInt32():N0} customers, "
            + $"high-spender threshold {run.GetProperty("highSpenderThreshold")}");
        report.Add(Phase, "campaigns the run created", string.Join("; ", run.GetProperty("decisions").EnumerateArray()
            .Select(decision => $"{decision.GetProperty("type").GetString()}: {decision.GetProperty("targets").GetInt32():N0} targets ({decision.GetProperty("reason").GetString()})")));
        return run;
    }

    /// <summary>The segment's size, or -1 when the silo did not answer in time (a 503 under a million customers' load: the wait goes on, and counts it).</summary>
    private async Task<int> SizeAsync(string pattern)
    {
        try
        {
            return (await api.GetJsonAsync("segments")).EnumerateArray().Single(s => s.GetProperty("pattern").GetString() == pattern).GetProperty("size").GetInt32();
        }
        catch (InvalidOperationException unanswered) when (unanswered.Message.Contains(" 503 ", StringComparison.Ordinal))
        {
            _unanswered++;
            Report.Progress("profiles: the segments did not answer in time (503); asking again");
            return -1;
        }
    }

    /// <summary>Waits until <paramref name="count"/> reaches <paramref name="target"/> (true), or stops moving for <see cref="StallLimit"/> (false).</summary>
    private static async Task<bool> UntilAsync(Func<Task<int>> count, long target)
    {
        var clock = Stopwatch.StartNew();
        var (last, movedAt) = (-1, clock.Elapsed);
        while (true)
        {
            var now = await count();
            if (now >= target)
            {
                return true;
            }

            if (now != last)
            {
                (last, movedAt) = (now, clock.Elapsed);
                Report.Progress($"profiles: {now:N0} of {target:N0}");
            }
            else if (clock.Elapsed - movedAt > StallLimit)
            {
                return false;
            }

            await Task.Delay(500);
        }
    }
}
