using GrainMarketing.Profiles;
using GrainMarketing.Streaming;
using Orleans.Concurrency;

namespace GrainMarketing.Ingestion;

[GrainType("user-event-publisher")]
[StatelessWorker]
public sealed class UserEventPublisherGrain(IStreamPublisher streams) : Grain, IUserEventPublisherGrain
{
    public Task PublishAsync(IReadOnlyList<UserEventBatch> batches) =>
        streams.PublishAsync(UserStreams.Namespace, batches.Select(batch => (batch.User.ToString(), batch)));
}
