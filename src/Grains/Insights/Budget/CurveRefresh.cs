namespace GrainMarketing.Insights.Budget;

/// <summary>Refits every campaign's response curves once a tenant's day has closed, a few at a time, so the first optimisation after midnight answers from fits already made.</summary>
/// <remarks>
/// At most <see cref="Concurrency"/> fits run at once: each takes a stateless worker's turn for up to seconds of
/// CPU, so half the silo's cores at most, leaving the rest to ingestion and queries. A campaign whose fit fails
/// (it was removed, its history is unreadable) is counted and skipped; the next query fits it on demand.
/// </remarks>
public static class CurveRefresh
{
    public static int Concurrency { get; } = Math.Max(1, Environment.ProcessorCount / 2);

    /// <summary>Runs <paramref name="refit"/> over <paramref name="campaigns"/> with at most <paramref name="concurrency"/> in flight; answers how many succeeded and failed.</summary>
    public static async Task<(int Refitted, int Failed)> RunAsync<TCampaign>(IReadOnlyList<TCampaign> campaigns, Func<TCampaign, Task> refit, int concurrency)
    {
        var (refitted, failed, next) = (0, 0, -1);
        async Task WorkAsync()
        {
            // Each worker takes the next campaign when its fit ends, so a slow fit never holds the others up.
            for (var index = Interlocked.Increment(ref next); index < campaigns.Count; index = Interlocked.Increment(ref next))
            {
                try
                {
                    await refit(campaigns[index]);
                    Interlocked.Increment(ref refitted);
                }
                catch (Exception)
                {
                    Interlocked.Increment(ref failed);
                }
            }
        }

        await Task.WhenAll(Enumerable.Range(0, Math.Min(concurrency, campaigns.Count)).Select(_ => WorkAsync()));
        return (refitted, failed);
    }
}
