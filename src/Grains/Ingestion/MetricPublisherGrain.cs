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

    public Task PublishAsync(IReadOnlyList<MetricBatch> batches) =>
        StreamPublishing.PublishAsync(this, _journal, MetricStreams.Namespace, batches.Select(batch => (batch.Campaign.ToString(), batch)));
}
