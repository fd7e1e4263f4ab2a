using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using GrainMarketing.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Providers.Streams.Common;
using Orleans.Serialization;

namespace GrainMarketing.UnitTests.Streaming;

public sealed class JournalConsumerTests : IDisposable
{
    private static readonly StreamId Stream = StreamId.Create(MetricStreams.Namespace, "acme/meta/c-1");

    private readonly ServiceProvider _services = new ServiceCollection()
        .AddSerializer(serializer => serializer.AddAssembly(typeof(JournalBatchContainer).Assembly).AddAssembly(typeof(MetricBatch).Assembly))
        .BuildServiceProvider();

    private Serializer Serializer => _services.GetRequiredService<Serializer>();

    [Fact]
    public async Task ReplayAppliesTheStreamsRowsAboveWhatTheGrainAppliedInOrder()
    {
        var journal = new RowsJournal([Row(3, "a", "b"), Row(5, "c"), Row(1, "old")]);
        var applied = new List<(string, long)>();

        await new JournalConsumer<string>(journal, Serializer).ReplayAsync(Stream, 2, (item, sequence) =>
        {
            applied.Add((item, sequence));
            return Task.CompletedTask;
        }, CancellationToken.None);

        Assert.Equal([("a", 3L), ("b", 3L), ("c", 5L)], applied);
        Assert.Equal((Stream.ToString(), 2L), journal.Asked);
    }

    [Fact]
    public void ADurableJournalsRedeliveryIsSkippedAndANewRowMovesTheSequence()
    {
        var consumer = new JournalConsumer<string>(new RowsJournal([]), Serializer);

        Assert.Null(consumer.Take(new EventSequenceTokenV2(7), applied: 7));
        Assert.Null(consumer.Take(new EventSequenceTokenV2(3), applied: 7));
        Assert.Equal(8, consumer.Take(new EventSequenceTokenV2(8), applied: 7));
        Assert.Equal(7, consumer.Take(null, applied: 7));
    }

    [Fact]
    public async Task WithoutADurableJournalEveryDeliveryIsNewAndNothingIsReplayed()
    {
        var consumer = new JournalConsumer<string>(new NullMetricJournal(), Serializer);
        var replayed = 0;

        await consumer.ReplayAsync(Stream, 0, (_, _) => Task.FromResult(++replayed), CancellationToken.None);

        Assert.Equal(0, replayed);
        Assert.Equal(7, consumer.Take(new EventSequenceTokenV2(3), applied: 7));
        Assert.Equal(0, consumer.Take(new EventSequenceTokenV2(9), applied: 0));
    }

    public void Dispose() => _services.Dispose();

    private JournalRow Row(long sequence, params string[] items) =>
        new(0, sequence, Stream.ToString(), Serializer.SerializeToArray(new JournalBatchContainer(Stream, [.. items], null)));

    /// <summary>A durable journal holding the given rows; answers a stream read with those above the sequence asked, in order.</summary>
    private sealed class RowsJournal(IReadOnlyList<JournalRow> rows) : IMetricJournal
    {
        public (string StreamKey, long After) Asked { get; private set; }

        public bool IsDurable => true;

        public Task<IReadOnlyList<JournalRow>> ReadStreamAsync(string streamKey, long after, CancellationToken cancellationToken)
        {
            Asked = (streamKey, after);
            return Task.FromResult<IReadOnlyList<JournalRow>>([.. rows.Where(row => row.StreamKey == streamKey && row.Sequence > after).OrderBy(row => row.Sequence)]);
        }

        public Task<IReadOnlyList<long>> AppendAsync(int queue, IReadOnlyList<(string StreamKey, byte[] Payload)> rows, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<IReadOnlyList<JournalRow>> ReadQueueAsync(int queue, long after, int max, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public Task<long> LoadCursorAsync(string provider, int queue, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task SaveCursorAsync(string provider, int queue, long sequence, CancellationToken cancellationToken) => throw new NotSupportedException();

        public Task<long> PruneAsync(string provider, DateTimeOffset receivedBefore, CancellationToken cancellationToken) => throw new NotSupportedException();
    }
}
