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

    public static IQueueAdapterFactory Create(IServiceProvider services, string name) => new JournalQueueAdapterFactory(
        name,
        services.GetRequiredService<IMetricJournal>(),
        services.GetRequiredService<Serializer>(),
        services.GetRequiredService<ILoggerFactory>(),
        services.GetRequiredService<Microsoft.Extensions.Options.IOptions<JournalOptions>>().Value.Queues);

    public Task<IQueueAdapter> CreateAdapter() => Task.FromResult<IQueueAdapter>(new JournalQueueAdapter(name, journal, _mapper, serializer));

    public IQueueAdapterCache GetQueueAdapterCache() => _cache;

    public IStreamQueueMapper GetStreamQueueMapper() => _mapper;

    public Task<IStreamFailureHandler> GetDeliveryFailureHandler(QueueId queueId) =>
        Task.FromResult<IStreamFailureHandler>(new NoOpStreamDeliveryFailureHandler());
}
