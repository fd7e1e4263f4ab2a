using GrainMarketing.History;
using GrainMarketing.Metrics;
using GrainMarketing.Persistence;

namespace GrainMarketing.Campaigns;

/// <summary>Writes a campaign's checkpoint when it changed.</summary>
/// <remarks>
/// Saves changed finished days to history first (every changed day when the campaign is finishing), prunes days
/// past retention that history now holds, and records the last flush drained with the cells, so activation knows
/// which pending changes a flush took.
/// </remarks>
public sealed class CampaignCheckpoint(
    CampaignKey key,
    IPersistentState<CampaignState> state,
    IPersistentState<FlushState> flushes,
    IMetricHistory history,
    CampaignOptions options,
    TimeProvider clock,
    LostWriteGuard writes)
{
    private bool _changed;

    /// <summary>Something beyond the days history will take changed: the next checkpoint writes even if no day is unsaved.</summary>
    public void MarkChanged() => _changed = true;

    /// <summary>Writes nothing after a lost write: the next activation starts again from what storage holds.</summary>
    public async Task WriteAsync(bool finishing, CancellationToken cancellationToken)
    {
        var cells = state.State.Cells;
        var unsaved = cells.UnsavedDays(finishing ? DateOnly.MaxValue : DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime));
        if (writes.IsLost || (!_changed && unsaved.Count == 0))
        {
            return;
        }

        if (unsaved.Count > 0)
        {
            await history.SaveAsync(key, cells.CellsOn(unsaved), cancellationToken);
            cells.MarkSaved(unsaved);
        }

        cells.Prune(options.OldestKept(clock));
        state.State.DrainedFlush = flushes.State.Sequence;
        await state.WriteStateAsync(cancellationToken);
        _changed = false;
    }
}
