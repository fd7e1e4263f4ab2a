namespace GrainMarketing.Bench;

/// <summary>
/// Background ingestion into the API during the freshness and query phases: generated events from
/// <c>--events</c> on, continuing where the previous phase's load stopped, each accepted batch added to the
/// totals the API must end up showing.
/// </summary>
internal sealed class ApiBackground(BenchApi api, NdjsonEncoder encoder, BenchOptions options, SharedTotals accepted) : IDisposable
{
    private readonly NdjsonBatch[] _bodies = [.. Enumerable.Range(0, options.Concurrency).Select(_ => new NdjsonBatch(encoder, options.Batch))];
    private long _nextIndex = options.Events;

    public PacedLoad Start(double eventsPerSecond)
    {
        var load = new PacedLoad(eventsPerSecond, options.Batch, options.Concurrency, _nextIndex, SendAsync);
        load.Start();
        return load;
    }

    public async Task<PacedResult> StopAsync(PacedLoad load)
    {
        var result = await load.StopAsync();
        _nextIndex = result.NextIndex;
        return result;
    }

    public void Dispose()
    {
        foreach (var body in _bodies)
        {
            body.Dispose();
        }
    }

    private async Task<bool> SendAsync(int sender, long from, int count)
    {
        var body = _bodies[sender];
        var totals = body.Fill(from, count);
        var (ok, _) = await api.PostWithRetriesAsync(body.Body);
        if (ok)
        {
            accepted.Add(totals);
        }

        return ok;
    }
}
