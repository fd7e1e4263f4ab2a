namespace GrainMarketing.Streaming;

/// <summary>Pushes a request's batches onto their streams, one per target grain.</summary>
public interface IStreamPublisher
{
    Task PublishAsync<T>(string streamNamespace, IEnumerable<(string Key, T Batch)> batches);
}
