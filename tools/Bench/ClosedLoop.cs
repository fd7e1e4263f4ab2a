using System.Diagnostics;

namespace GrainMarketing.Bench;

/// <summary>
/// N clients, each sending its next query as soon as the previous one answered, for a fixed time;
/// a query still running at the end is waited for and counted.
/// </summary>
internal static class ClosedLoop
{
    /// <param name="query">(client, n) to a query that returns false or throws on failure.</param>
    public static async Task<LatencySummary> RunAsync(int clients, TimeSpan duration, Func<int, long, Task<bool>> query)
    {
        var errors = 0;
        var reported = 0;
        var clock = Stopwatch.StartNew();
        var perClient = await Task.WhenAll(Enumerable.Range(0, clients).Select(client => Task.Run(async () =>
        {
            var samples = new List<double>();
            for (var n = 0L; clock.Elapsed < duration; n++)
            {
                var started = clock.Elapsed;
                bool ok;
                try
                {
                    ok = await query(client, n);
                }
                catch (Exception exception) when (exception is not OutOfMemoryException)
                {
                    ok = false;
                    if (Interlocked.Increment(ref reported) <= 3)
                    {
                        await Console.Error.WriteLineAsync($"query failed: {exception.GetType().Name}: {exception.Message}");
                    }
                }

                if (ok)
                {
                    samples.Add((clock.Elapsed - started).TotalMilliseconds);
                }
                else
                {
                    Interlocked.Increment(ref errors);
                }
            }

            return samples;
        })));
        return LatencySummary.From([.. perClient.SelectMany(s => s)], errors, clock.Elapsed);
    }
}
