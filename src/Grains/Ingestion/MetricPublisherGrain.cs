using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using GrainMarketing.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;

namespace GrainMarketing.Ingestion;

[GrainType("metric-publisher")]
[StatelessWorker]
public sealed class MetricPublisherGrain(IServiceProvider services) : Grain, IMetricPublisherGrain
{
    /// <summary>Postgres profile: the journal's adapter factory, which appends a request's batches one transaction per queue.</summary>
    private readonly JournalQueueAdapterFactory? _journal = services.GetService<JournalQueueAdapterFactory>();

    public Task PublishAsync(IReadOnlyList<MetricBatch> batches)
    {
        if (_journal is not null)
        {
            return _journal.AppendAsync(batches.Select(batch =>
                (StreamId.Create(MetricStreams.Namespace, batch.Campaign.ToString()), (IReadOnlyList<object>)[batch], (Dictionary<string, object>?)null)));
        }

        var streams = this.GetStreamProvider(MetricStreams.Provider);
        return Task.WhenAll(batches.Select(batch =>
            streams.GetStream<MetricBatch>(StreamId.Create(MetricStreams.Namespace, batch.Campaign.ToString())).OnNextAsync(batch)));
    }
}
