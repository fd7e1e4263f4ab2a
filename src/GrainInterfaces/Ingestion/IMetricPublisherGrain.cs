using GrainMarketing.Metrics;

namespace GrainMarketing.Ingestion;

/// <summary>Puts accepted batches on their campaigns' streams inside the silo, so the API host needs no stream provider.</summary>
/// <remarks>
/// Puts accepted batches on their campaigns' streams, inside the silo (a stateless worker, one per silo
/// core), so the API host needs no stream provider and no database connection. Returns once every batch is
/// queued: in the Postgres profile, committed to the journal.
/// </remarks>
public interface IMetricPublisherGrain : IGrainWithIntegerKey
{
    Task PublishAsync(IReadOnlyList<MetricBatch> batches);
}
