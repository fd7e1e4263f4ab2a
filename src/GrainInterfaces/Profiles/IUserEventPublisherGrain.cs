namespace GrainMarketing.Profiles;

/// <summary>Pushes accepted customer events onto their streams: durable in the journal (Postgres profile) before the task completes.</summary>
public interface IUserEventPublisherGrain : IGrainWithIntegerKey
{
    Task PublishAsync(IReadOnlyList<UserEventBatch> batches);
}
