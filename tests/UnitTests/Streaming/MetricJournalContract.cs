using System.Collections.Concurrent;
using GrainMarketing.Streaming;

namespace GrainMarketing.UnitTests.Streaming;

/// <summary>
/// What every <see cref="IMetricJournal"/> promises, run by a derived class per implementation. Only the
/// PostgreSQL journal has one today (its tests in the integration tests compile this file): the Memory
/// profile streams through Orleans' memory streams and keeps no journal. Each test gets an empty journal.
/// </summary>
public abstract class MetricJournalContract : IAsyncLifetime
{
    private IMetricJournal? _journal;

    protected IMetricJournal Journal => _journal ?? throw new InvalidOperationException("The journal is created in InitializeAsync.");

    public async Task InitializeAsync() => _journal = await CreateEmptyAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task AReaderFollowingConcurrentProducersSeesEveryRowOnceInSequenceOrder()
    {
        var journal = Journal;
        const int producers = 8;
        const int rowsEach = 250;
        var appended = new ConcurrentBag<long>();

        var producing = Enumerable.Range(0, producers).Select(p => Task.Run(async () =>
        {
            for (var i = 0; i < rowsEach; i++)
            {
                foreach (var sequence in await journal.AppendAsync(0, [($"stream-{p}", [(byte)p, (byte)i])], CancellationToken.None))
                {
                    appended.Add(sequence);
                }
            }
        })).ToList();

        var read = new List<long>();
        var cursor = 0L;
        var allProduced = Task.WhenAll(producing);
        while (true)
        {
            var finished = allProduced.IsCompleted;
            var rows = await journal.ReadQueueAsync(0, cursor, 37, CancellationToken.None);
            foreach (var row in rows)
            {
                read.Add(row.Sequence);
                cursor = row.Sequence;
            }

            if (finished && rows.Count == 0)
            {
                break;
            }
        }

        await allProduced;
        Assert.Equal(producers * rowsEach, read.Count);
        Assert.Equal(read.Order(), read);
        Assert.Equal(appended.Order(), read);
    }

    [Fact]
    public async Task ABatchIsAppendedInItsOrderAndReadBackWhole()
    {
        var sequences = await Journal.AppendAsync(5, [("a", [1, 2]), ("b", []), ("a", [3])], CancellationToken.None);

        var rows = await Journal.ReadQueueAsync(5, 0, 10, CancellationToken.None);

        Assert.Equal(3, sequences.Count);
        Assert.Equal(sequences.Order(), sequences);
        Assert.Equal(sequences, rows.Select(row => row.Sequence));
        Assert.Equal(["a", "b", "a"], rows.Select(row => row.StreamKey));
        Assert.Equal(new byte[][] { [1, 2], [], [3] }, rows.Select(row => row.Payload));
        Assert.All(rows, row => Assert.Equal(5, row.Queue));
    }

    [Fact]
    public async Task AQueueIsReadAfterTheCursorAtMostMaxRowsAndWithoutOtherQueuesRows()
    {
        var queued = await Journal.AppendAsync(1, [("a", [1]), ("a", [2]), ("a", [3]), ("a", [4]), ("a", [5])], CancellationToken.None);
        var other = await Journal.AppendAsync(2, [("b", [6])], CancellationToken.None);

        var page = await Journal.ReadQueueAsync(1, queued[1], 2, CancellationToken.None);
        var rest = await Journal.ReadQueueAsync(1, queued[3], 10, CancellationToken.None);

        Assert.Equal(queued.Skip(2).Take(2), page.Select(row => row.Sequence));
        Assert.Equal([queued[4]], rest.Select(row => row.Sequence));
        Assert.Equal(other, (await Journal.ReadQueueAsync(2, 0, 10, CancellationToken.None)).Select(row => row.Sequence));
        Assert.Empty(await Journal.ReadQueueAsync(1, queued[4], 10, CancellationToken.None));
    }

    [Fact]
    public async Task RowsOfOneStreamAreReadBackAboveACheckpointAndCursorsOnlyMoveForward()
    {
        var journal = Journal;
        var first = (await journal.AppendAsync(1, [("a", [1])], CancellationToken.None))[0];
        await journal.AppendAsync(2, [("b", [2])], CancellationToken.None);
        var third = (await journal.AppendAsync(1, [("a", [3])], CancellationToken.None))[0];

        var replay = await journal.ReadStreamAsync("a", first, CancellationToken.None);
        Assert.Equal([third], replay.Select(r => r.Sequence));
        Assert.Equal([3], replay[0].Payload);

        await journal.SaveCursorAsync("metrics", 1, third, CancellationToken.None);
        await journal.SaveCursorAsync("metrics", 1, first, CancellationToken.None);
        Assert.Equal(third, await journal.LoadCursorAsync("metrics", 1, CancellationToken.None));
        Assert.Equal(0, await journal.LoadCursorAsync("metrics", 2, CancellationToken.None));
    }

    [Fact]
    public async Task CursorsAreKeptPerProviderAndQueue()
    {
        await Journal.SaveCursorAsync("metrics", 1, 5, CancellationToken.None);
        await Journal.SaveCursorAsync("replays", 1, 9, CancellationToken.None);
        await Journal.SaveCursorAsync("metrics", 2, 7, CancellationToken.None);

        Assert.Equal(5, await Journal.LoadCursorAsync("metrics", 1, CancellationToken.None));
        Assert.Equal(9, await Journal.LoadCursorAsync("replays", 1, CancellationToken.None));
        Assert.Equal(7, await Journal.LoadCursorAsync("metrics", 2, CancellationToken.None));
        Assert.Equal(0, await Journal.LoadCursorAsync("replays", 2, CancellationToken.None));
    }

    [Fact]
    public async Task PruningDeletesOnlyDeliveredRowsPastRetention()
    {
        var journal = Journal;
        var delivered = (await journal.AppendAsync(3, [("a", [1])], CancellationToken.None))[0];
        var undelivered = (await journal.AppendAsync(3, [("a", [2])], CancellationToken.None))[0];
        await journal.AppendAsync(4, [("b", [3])], CancellationToken.None);
        await journal.SaveCursorAsync("metrics", 3, delivered, CancellationToken.None);

        Assert.Equal(0, await journal.PruneAsync("metrics", DateTimeOffset.UtcNow.AddHours(-1), CancellationToken.None));
        Assert.Equal(1, await journal.PruneAsync("metrics", DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));

        Assert.Equal([undelivered], (await journal.ReadStreamAsync("a", 0, CancellationToken.None)).Select(r => r.Sequence));
        Assert.Single(await journal.ReadStreamAsync("b", 0, CancellationToken.None));
    }

    [Fact]
    public async Task PruningFollowsOnlyTheNamedProvidersCursors()
    {
        var row = (await Journal.AppendAsync(3, [("a", [1])], CancellationToken.None))[0];
        await Journal.SaveCursorAsync("replays", 3, row, CancellationToken.None);

        Assert.Equal(0, await Journal.PruneAsync("metrics", DateTimeOffset.UtcNow.AddMinutes(1), CancellationToken.None));
        Assert.Equal([row], (await Journal.ReadStreamAsync("a", 0, CancellationToken.None)).Select(r => r.Sequence));
    }

    protected abstract Task<IMetricJournal> CreateEmptyAsync();
}
