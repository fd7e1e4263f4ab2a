using Orleans.Concurrency;

namespace GrainMarketing.Ingestion;

/// <summary>The receipt of one idempotent ingestion request, keyed <c>{tenant}/{kind of records}/{idempotency key}</c>.</summary>
public interface IIngestReceiptGrain : IGrainWithStringKey
{
    /// <summary>The receipt, or null if none was recorded or it has expired.</summary>
    [ReadOnly]
    Task<IngestReceipt?> GetAsync();

    Task RecordAsync(IngestReceipt receipt);
}
