using System.Collections.Concurrent;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Streaming;
using Npgsql;

namespace GrainMarketing.IntegrationTests.Streaming;

/// <summary>The PostgreSQL journal behind the metric streams, against a real server.</summary>
public sealed class MetricJournalTests
{
    [Fact]
    public async Task AReaderFollowingConcurrentProducersSeesEveryRowOnceInSequenceOrder()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        await using var dataSource = NpgsqlDataSource.Create(cluster.ConnectionString);
        var journal = new PostgresMetricJournal(dataSource);
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
    public async Task PruningDeletesOnlyDeliveredRowsPastRetention()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        await using var dataSource = NpgsqlDataSource.Create(cluster.ConnectionString);
        var journal = new PostgresMetricJournal(dataSource);
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
    public async Task RowsOfOneStreamAreReadBackAboveACheckpointAndCursorsOnlyMoveForward()
    {
        await using var cluster = await ProcessCluster.CreateAsync();
        await using var dataSource = NpgsqlDataSource.Create(cluster.ConnectionString);
        var journal = new PostgresMetricJournal(dataSource);
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
}
