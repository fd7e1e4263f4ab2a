using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using Orleans.Concurrency;

namespace GrainMarketing.Ingestion;

[GrainType("metric-publisher")]
[StatelessWorker]
public sealed class MetricPublisherGrain : Grain, IMetricPublisherGrain
{
    public Task PublishAsync(IReadOnlyList<MetricBatch> batches)
    {
        var streams = this.GetStreamProvider(MetricStreams.Provider);
        return Task.WhenAll(batches.Select(batch =>
            streams.GetStream<MetricBatch>(StreamId.Create(MetricStreams.Namespace, batch.Campaign.ToString())).OnNextAsync(batch)));
    }
}
