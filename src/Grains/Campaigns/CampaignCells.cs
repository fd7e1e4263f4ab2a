using System.IO.Hashing;
using System.Runtime.InteropServices;
using GrainMarketing.Automation;
using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>A campaign's per-day cells and their running day totals: the pure core of <see cref="CampaignGrain"/>.</summary>
/// <remarks>
/// A snapshot replaces a cell and yields the difference; a delta adds to it once per event id. Bounded:
/// <see cref="Prune"/> drops days past retention once they are saved to history. A day is either whole in memory or
/// only in history: a change to a pruned day first restores it (<see cref="Restore"/>).
/// </remarks>
[GenerateSerializer, Alias("GrainMarketing.CampaignCells")]
public sealed class CampaignCells
{
    [Id(0)] private readonly Dictionary<MetricCell, MetricTotals> _cells = [];
    [Id(1)] private readonly SortedDictionary<DateOnly, MetricTotals> _days = [];
    /// <summary>Event ids applied per reporting date, kept as 64-bit XxHash64 digests: an eighth of the strings' size in state.</summary>
    /// <remarks>Two different ids colliding is about one chance in 10^7 at a million ids a day.</remarks>
    [Id(2)] private readonly Dictionary<DateOnly, HashSet<ulong>> _appliedEvents = [];

    /// <summary>Days whose cells changed since they were last saved to history.</summary>
    [Id(3)] private readonly HashSet<DateOnly> _unsaved = [];

    /// <summary>Derived from the cells on first use after activation; not stored.</summary>
    [NonSerialized] private SliceIndex? _slices;

    public int CellCount => _cells.Count;

    /// <summary>Moves whenever any cell changes (never stored): answers computed at one version stay valid until the next.</summary>
    [field: NonSerialized]
    public long Version { get; private set; }

    public DateOnly? LatestDate => _days.Count == 0 ? null : _days.Keys.Last();

    /// <summary>Every cell held, any date.</summary>
    public IEnumerable<KeyValuePair<MetricCell, MetricTotals>> All => _cells;

    public bool HasDay(DateOnly date) => _days.ContainsKey(date);

    /// <summary>Applies one change and returns how much the campaign's totals moved (zero for a repeat).</summary>
    public MetricTotals Apply(MetricItem item)
    {
        _cells.TryGetValue(item.Cell, out var current);
        MetricTotals change;
        if (item.Kind == MetricKind.Snapshot)
        {
            change = item.Totals - current;
        }
        else
        {
            var eventId = item.EventId ?? throw new ArgumentException("A delta needs an event id.", nameof(item));
            if (!AppliedEventsOn(item.Cell.Date).Add(XxHash64.HashToUInt64(MemoryMarshal.AsBytes(eventId.AsSpan()))))
            {
                return MetricTotals.Zero;
            }

            change = item.Totals;
        }

        if (change.IsZero)
        {
            return change;
        }

        _cells[item.Cell] = current + change;
        _days[item.Cell.Date] = _days.GetValueOrDefault(item.Cell.Date) + change;
        _slices?.Add(item.Cell, change);
        _unsaved.Add(item.Cell.Date);
        Version++;
        return change;
    }

    /// <summary>A zero snapshot for each cell that still holds numbers on the days <paramref name="whole"/> covers and that <paramref name="reported"/> leaves out.</summary>
    public List<MetricItem> Vanished(WholeDays whole, IReadOnlyList<MetricItem> reported)
    {
        var listed = reported.Select(item => item.Cell).ToHashSet();
        return [.. _cells.Where(cell => whole.Covers(cell.Key) && !cell.Value.IsZero && !listed.Contains(cell.Key))
            .Select(cell => new MetricItem(cell.Key, MetricTotals.Zero, MetricKind.Snapshot))];
    }

    /// <summary>Brings a pruned day back from history, so a late restatement of it changes it by the difference only.</summary>
    public void Restore(DateOnly date, IEnumerable<KeyValuePair<MetricCell, MetricTotals>> saved)
    {
        if (!_days.TryAdd(date, MetricTotals.Zero))
        {
            return;
        }

        foreach (var (cell, totals) in saved)
        {
            _cells[cell] = totals;
            _days[date] += totals;
            _slices?.Add(cell, totals);
        }

        Version++;
    }

    /// <summary>Days changed since their last save to history, dated before <paramref name="before"/>.</summary>
    public IReadOnlySet<DateOnly> UnsavedDays(DateOnly before) => _unsaved.Where(day => day < before).ToHashSet();

    /// <summary>The cells of <paramref name="days"/>, as history saves them.</summary>
    public List<KeyValuePair<MetricCell, MetricTotals>> CellsOn(IReadOnlySet<DateOnly> days) =>
        [.. _cells.Where(cell => days.Contains(cell.Key.Date))];

    public void MarkSaved(IEnumerable<DateOnly> days) => _unsaved.ExceptWith(days);

    /// <summary>Sum over the days from <paramref name="from"/> to <paramref name="to"/>, both included.</summary>
    public MetricTotals Totals(DateOnly from, DateOnly to) => DaySeries.Sum(_days, from, to);

    /// <summary>Day totals from <paramref name="from"/> to <paramref name="to"/>, days without data left out.</summary>
    public IEnumerable<KeyValuePair<DateOnly, MetricTotals>> Days(DateOnly from, DateOnly to) =>
        _days.Where(day => day.Key >= from && day.Key <= to);

    /// <summary>Day totals per value of <paramref name="target"/> (an ad set or ad id) over the date range; cells without one are left out.</summary>
    public Dictionary<string, DaySeries> SeriesBy(DateOnly from, DateOnly to, Func<MetricCell, string?> target) =>
        DaySeries.By(_cells, from, to, target);

    /// <summary>Totals per value of <paramref name="group"/> over the date range, of these cells and the <paramref name="older"/> ones read from history.</summary>
    /// <remarks>Cells whose source did not report a dimension the grouping needs are summed under a null key, so nothing disappears silently.</remarks>
    public Dictionary<string, MetricTotals> GroupBy(
        DateOnly from, DateOnly to, Func<MetricCell, string?> group, IEnumerable<KeyValuePair<MetricCell, MetricTotals>> older, out MetricTotals unattributed)
    {
        var groups = new Dictionary<string, MetricTotals>(StringComparer.Ordinal);
        unattributed = MetricTotals.Zero;
        GroupInto(_cells.Concat(older), from, to, group, groups, ref unattributed);
        return groups;
    }

    /// <summary>Totals per value of <paramref name="group"/> of the breakdown slice over the date range, including the <paramref name="older"/> cells read from history.</summary>
    /// <remarks>
    /// The slice index gives the in-memory cells. Slices <paramref name="group"/> gives no key (their source did not
    /// report a needed dimension) go to <paramref name="unattributed"/>.
    /// </remarks>
    public Dictionary<string, MetricTotals> GroupByBreakdown(
        DateOnly from, DateOnly to, Func<Breakdown, string?> group, IEnumerable<KeyValuePair<MetricCell, MetricTotals>> older, out MetricTotals unattributed)
    {
        var groups = new Dictionary<string, MetricTotals>(StringComparer.Ordinal);
        unattributed = MetricTotals.Zero;
        GroupInto(older, from, to, cell => group(cell.Breakdown), groups, ref unattributed);
        (_slices ??= new SliceIndex(_cells)).GroupInto(from, to, group, groups, ref unattributed);
        return groups;
    }

    private static void GroupInto(
        IEnumerable<KeyValuePair<MetricCell, MetricTotals>> cells, DateOnly from, DateOnly to, Func<MetricCell, string?> group,
        Dictionary<string, MetricTotals> groups, ref MetricTotals unattributed)
    {
        foreach (var (cell, totals) in cells)
        {
            // A cell a whole-day report zeroed is kept (history overwrites it with zero) but is no group of its own.
            if (cell.Date < from || cell.Date > to || totals.IsZero)
            {
                continue;
            }

            if (group(cell) is { } key)
            {
                groups[key] = groups.GetValueOrDefault(key) + totals;
            }
            else
            {
                unattributed += totals;
            }
        }
    }

    /// <summary>Drops every day before <paramref name="oldestKept"/> that history holds as it is now.</summary>
    public void Prune(DateOnly oldestKept)
    {
        if (_days.Count == 0 || _days.Keys.First() >= oldestKept)
        {
            return;
        }

        var dropped = _days.Keys.TakeWhile(day => day < oldestKept).Where(day => !_unsaved.Contains(day)).ToHashSet();
        foreach (var cell in _cells.Keys.Where(cell => dropped.Contains(cell.Date)).ToList())
        {
            _cells.Remove(cell);
        }

        foreach (var day in dropped)
        {
            _days.Remove(day);
            _slices?.Remove(day);
        }

        Version++;

        foreach (var day in _appliedEvents.Keys.Where(day => day < oldestKept && !_days.ContainsKey(day)).ToList())
        {
            _appliedEvents.Remove(day);
        }
    }

    private HashSet<ulong> AppliedEventsOn(DateOnly date)
    {
        if (!_appliedEvents.TryGetValue(date, out var events))
        {
            _appliedEvents[date] = events = [];
        }

        return events;
    }
}
