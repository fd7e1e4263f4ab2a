using GrainMarketing.Currencies;
using GrainMarketing.Metrics;
using GrainMarketing.Persistence;

namespace GrainMarketing.Campaigns;

/// <summary>A campaign's flushes of its buffered changes to the tenant's segments and rollup (<see cref="FlushOutbox"/>).</summary>
public sealed class CampaignOutbox(
    CampaignKey key,
    IPersistentState<CampaignState> state,
    IPersistentState<FlushState> flushes,
    LostWriteGuard writes,
    TenantCurrencies currencies,
    Action deactivate,
    Func<FlushOutbox, Task> send)
{
    /// <summary>Pushes the buffered changes to the tenant's segments and rollup, one call per segment touched.</summary>
    /// <remarks>
    /// Exactly once across crashes: the flush is numbered and stored before it is sent, re-sent until acknowledged,
    /// and receivers skip numbers they already applied. Replay after a crash leaves the journal rows it covered out
    /// of the next flush. The flush's money is labelled with the campaign's currency as it is when drained, or not at all
    /// when that is the tenant's own (<see cref="TenantCurrencies"/>), so receivers keep other currencies apart.
    /// </remarks>
    public async Task FlushAsync(CancellationToken cancellationToken)
    {
        var flush = flushes.State;
        if (flush.Outbox is null)
        {
            if (state.State.Pending.IsEmpty)
            {
                return;
            }

            var currency = await currencies.LabelAsync(key.Tenant, state.State.Metadata.Currency);
            flush.Outbox = state.State.Pending.Drain(++flush.Sequence, key.Tenant, key.Platform, currency);
            flush.FlushedThrough = state.State.JournalSequence;

            // The drained changes are now only in memory, under a number storage does not know: a lost
            // write deactivates, so the next activation rebuilds them from the checkpoint and the journal.
            await writes.WriteAsync(() => flushes.WriteStateAsync(cancellationToken), deactivate);
        }

        await send(flush.Outbox);
        flush.Outbox = null;
    }
}
