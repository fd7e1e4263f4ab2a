using GrainMarketing.Profiles;
using GrainMarketing.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Concurrency;

namespace GrainMarketing.Ingestion;

[GrainType("user-event-publisher")]
[StatelessWorker]
public sealed class UserEventPublisherGrain(IServiceProvider services) : Grain, IUserEventPublisherGrain
{
    /// <summary>Postgres profile: the journal's adapter factory, which appends a request's batches one transaction per queue.</summary>
    private readonly JournalQueueAdapterFactory? _journal = services.GetService<JournalQueueAdapterFactory>();

    public Task PublishAsync(IReadOnlyList<UserEventBatch> batches) =>
        StreamPublishing.PublishAsync(this, _journal, UserStreams.Namespace, batches.Select(batch => (batch.User.ToString(), batch)));
}
