using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Ingestion;

[GrainType("ingest-receipt")]
public sealed class IngestReceiptGrain(
    [PersistentState("receipt", StorageNames.Default)] IPersistentState<IngestReceipt?> receipt,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IIngestReceiptGrain
{
    public Task<IngestReceipt?> GetAsync() =>
        Task.FromResult(receipt.State is { } stored && stored.ExpiresAt > clock.GetUtcNow() ? stored : null);

    public async Task RecordAsync(IngestReceipt value)
    {
        receipt.State = value;
        await receipt.WriteStateAsync();
    }
}
