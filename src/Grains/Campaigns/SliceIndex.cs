using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>A campaign's totals per day and breakdown slice, summed over its ad sets and ads.</summary>
/// <remarks>
/// What demographic breakdowns read: a fraction of the cells, since a campaign's creatives share their slices.
/// Derived from the cells, kept in step with them, never stored.
/// </remarks>
public sealed class SliceIndex
{
    private readonly SortedDictionary<DateOnly, Dictionary<Breakdown, MetricTotals>> _days = [];

    public SliceIndex(IEnumerable<KeyValuePair<MetricCell, MetricTotals>> cells)
    {
        foreach (var (cell, totals) in cells)
        {
            Add(cell, totals);
        }
    }

    public void Add(MetricCell cell, MetricTotals change)
    {
        if (!_days.TryGetValue(cell.Date, out var slices))
        {
            _days[cell.Date] = slices = [];
        }

        slices[cell.Breakdown] = slices.GetValueOrDefault(cell.Breakdown) + change;
    }

    public void Remove(DateOnly date) => _days.Remove(date);

    /// <summary>Totals per value of <paramref name="group"/> over the date range; the key of each distinct slice is computed once.</summary>
    /// <remarks>Slices <paramref name="group"/> gives no key are summed in <paramref name="unattributed"/>.</remarks>
    public void GroupInto(
        DateOnly from, DateOnly to, Func<Breakdown, string?> group, Dictionary<string, MetricTotals> groups, ref MetricTotals unattributed)
    {
        var keys = new Dictionary<Breakdown, string?>();
        foreach (var (day, slices) in _days)
        {
            if (day > to)
            {
                break;
            }

            if (day < from)
            {
                continue;
            }

            foreach (var (breakdown, totals) in slices.Where(slice => !slice.Value.IsZero))
            {
                if (!keys.TryGetValue(breakdown, out var key))
                {
                    keys[breakdown] = key = group(breakdown);
                }

                if (key is null)
                {
                    unattributed += totals;
                }
                else
                {
                    groups[key] = groups.GetValueOrDefault(key) + totals;
                }
            }
        }
    }
}
