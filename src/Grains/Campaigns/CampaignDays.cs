using GrainMarketing.History;
using GrainMarketing.Insights.Creatives;
using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>A campaign's days wherever they are: memory holds the days of the retention period (and any day a late restatement brought back), history the older ones.</summary>
/// <remarks>Answers read both without counting a day twice.</remarks>
public sealed class CampaignDays(CampaignKey key, IPersistentState<CampaignState> state, IMetricHistory history, CampaignOptions options, TimeProvider clock)
{
    /// <summary>The oldest day memory is sure to hold; before it, days are read from history unless restored.</summary>
    public DateOnly OldestKept => options.OldestKept(clock);

    /// <summary>A change to a day already pruned (a late restatement) first brings the day back from history.</summary>
    public async Task RestorePrunedAsync(MetricBatch batch)
    {
        var oldestKept = OldestKept;
        foreach (var item in batch.Items)
        {
            var date = item.Cell.Date;
            if (date < oldestKept && !state.State.Cells.HasDay(date))
            {
                state.State.Cells.Restore(date, await history.LoadCellsAsync(key, date, date, CancellationToken.None));
            }
        }
    }

    /// <summary>The cells of the range's days that memory no longer holds, from history.</summary>
    public async Task<IReadOnlyList<KeyValuePair<MetricCell, MetricTotals>>> OlderCellsAsync(DateRange range)
    {
        if (range.Before(OldestKept) is not { } older)
        {
            return [];
        }

        var saved = await history.LoadCellsAsync(key, older.From, older.To, CancellationToken.None);
        return [.. saved.Where(cell => !state.State.Cells.HasDay(cell.Key.Date))];
    }

    /// <summary>The campaign's totals over the range, with the reach a source reported for exactly that period.</summary>
    public async Task<MetricTotals> TotalsAsync(DateRange range)
    {
        var totals = state.State.Cells.Totals(range.From, range.To);
        foreach (var (_, cellTotals) in await OlderCellsAsync(range))
        {
            totals += cellTotals;
        }

        return state.State.PeriodReach.For(range) is { } reach ? totals.WithPeriodReach(reach) : totals;
    }

    /// <summary>Each creative's totals per day of the range (its ad id's cells summed per day, oldest first) with its format.</summary>
    public async Task<IReadOnlyList<CreativeSeries>> CreativeSeriesAsync(DateRange range)
    {
        var cells = state.State.Cells.All.Where(cell => cell.Key.Date >= range.From && cell.Key.Date <= range.To).Concat(await OlderCellsAsync(range));
        return [.. cells
            .Where(cell => !string.IsNullOrEmpty(cell.Key.AdId))
            .GroupBy(cell => cell.Key.AdId!, StringComparer.Ordinal)
            .Select(ad => new CreativeSeries(ad.Key, state.State.CreativeFormats.GetValueOrDefault(ad.Key), [.. ad
                .GroupBy(cell => cell.Key.Date)
                .OrderBy(day => day.Key)
                .Select(day => new DayTotals(day.Key, day.Aggregate(MetricTotals.Zero, (sum, cell) => sum + cell.Value)))]))];
    }

    /// <summary>Each (ad set, ad) pair's totals per day of the range, oldest first; cells with neither are the campaign's own and left out.</summary>
    public async Task<IReadOnlyList<PartSeries>> PartSeriesAsync(DateRange range)
    {
        var cells = state.State.Cells.All.Where(cell => cell.Key.Date >= range.From && cell.Key.Date <= range.To).Concat(await OlderCellsAsync(range));
        return [.. cells
            .Where(cell => !string.IsNullOrEmpty(cell.Key.AdSetId) || !string.IsNullOrEmpty(cell.Key.AdId))
            .GroupBy(cell => (cell.Key.AdSetId, cell.Key.AdId))
            .Select(part => new PartSeries(part.Key.AdSetId, part.Key.AdId, [.. part
                .GroupBy(cell => cell.Key.Date)
                .OrderBy(day => day.Key)
                .Select(day => new DayTotals(day.Key, day.Aggregate(MetricTotals.Zero, (sum, cell) => sum + cell.Value)))]))];
    }

    /// <summary>The campaign's totals per day of the range, oldest first; days without data are left out.</summary>
    public async Task<IReadOnlyList<DayTotals>> DailySeriesAsync(DateRange range)
    {
        var older = (await OlderCellsAsync(range))
            .GroupBy(cell => cell.Key.Date)
            .Select(day => new DayTotals(day.Key, day.Aggregate(MetricTotals.Zero, (sum, cell) => sum + cell.Value)));
        return [.. older.Concat(state.State.Cells.Days(range.From, range.To).Select(day => new DayTotals(day.Key, day.Value))).OrderBy(day => day.Date)];
    }
}
