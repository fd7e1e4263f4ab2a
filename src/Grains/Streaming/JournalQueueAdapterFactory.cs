using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Orleans.Configuration;
using Orleans.Providers.Streams.Common;
using Orleans.Serialization;
using Orleans.Streams;

namespace GrainMarketing.Streaming;

/// <summary>Orleans persistent streams over the PostgreSQL journal: Orleans' pulling agents spread the queues over the silos.</summary>
public sealed class JournalQueueAdapterFactory(string name, IMetricJournal journal, Serializer serializer, ILoggerFactory loggers, int queues)
    : IQueueAdapterFactory
{
    private readonly HashRingBasedStreamQueueMapper _mapper = new(new HashRingStreamQueueMapperOptions { TotalQueueCount = queues }, name);
    private readonly SimpleQueueAdapterCache _cache = new(new SimpleQueueCacheOptions(), name, loggers);

    /// <summary>The one factory of the silo (registered as a singleton), so publishers share its queue mapping.</summary>
    public static IQueueAdapterFactory Create(IServiceProvider services, string name) =>
        services.GetRequiredService<JournalQueueAdapterFactory>();

    public static JournalQueueAdapterFactory Build(IServiceProvider services, string name) => new(
        name,
        services.GetRequiredService<IMetricJournal>(),
        services.GetRequiredService<Serializer>(),
        services.GetRequiredService<ILoggerFactory>(),
        services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JournalOptions>>().Value.Queues);

    public Task<IQueueAdapter> CreateAdapter() => Task.FromResult<IQueueAdapter>(new JournalQueueAdapter(name, this));

    /// <summary>Appends batches for many streams: one transaction per queue touched (in parallel), however many streams share it. Durable when the task completes.</summary>
    public Task AppendAsync(IEnumerable<(StreamId Stream, IReadOnlyList<object> Events, Dictionary<string, object>? RequestContext)> batches) =>
        Task.WhenAll(batches
            .GroupBy(batch => JournalQueueAdapter.QueueNumber(_mapper.GetQueueForStream(batch.Stream)))
            .Select(queue => journal.AppendAsync(
                queue.Key,
                [.. queue.Select(b => (b.Stream.ToString(), serializer.SerializeToArray(new JournalBatchContainer(b.Stream, [.. b.Events], b.RequestContext))))],
                CancellationToken.None)));

    public IQueueAdapterReceiver CreateReceiver(QueueId queueId) =>
        new JournalQueueReceiver(name, JournalQueueAdapter.QueueNumber(queueId), journal, serializer);

    public IQueueAdapterCache GetQueueAdapterCache() => _cache;

    public IStreamQueueMapper GetStreamQueueMapper() => _mapper;

    public Task<IStreamFailureHandler> GetDeliveryFailureHandler(QueueId queueId) =>
        Task.FromResult<IStreamFailureHandler>(new NoOpStreamDeliveryFailureHandler());
}
