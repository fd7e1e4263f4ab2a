using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using GrainMarketing.Streaming;
using Orleans.Concurrency;

namespace GrainMarketing.Ingestion;

[GrainType("metric-publisher")]
[StatelessWorker]
public sealed class MetricPublisherGrain(IStreamPublisher streams) : Grain, IMetricPublisherGrain
{
    public Task PublishAsync(IReadOnlyList<MetricBatch> batches) =>
        streams.PublishAsync(MetricStreams.Namespace, batches.Select(batch => (batch.Campaign.ToString(), batch)));
}
