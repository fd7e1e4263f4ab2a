using System.Globalization;
using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Audience;

/// <summary>A segment's days summed by ISO week (Monday to Sunday) within a window, every week of the window present.</summary>
/// <remarks>Each week's KPIs come from its sums, so a day with little traffic weighs as little as it spent.</remarks>
public static class IsoWeeks
{
    public static IReadOnlyList<AudienceWeek> Of(IReadOnlyList<DayTotals> days, DateRange range)
    {
        var weeks = new List<AudienceWeek>();
        var from = range.From;
        while (from <= range.To)
        {
            var sunday = from.AddDays((7 - (int)from.DayOfWeek) % 7);
            var to = sunday < range.To ? sunday : range.To;
            var start = from;
            var totals = days.Where(d => d.Date >= start && d.Date <= to).Aggregate(MetricTotals.Zero, (sum, day) => sum + day.Totals);
            var name = $"{ISOWeek.GetYear(from.ToDateTime(TimeOnly.MinValue))}-W{ISOWeek.GetWeekOfYear(from.ToDateTime(TimeOnly.MinValue)):00}";
            weeks.Add(new AudienceWeek(name, from, to, to.DayNumber - from.DayNumber + 1, totals, totals.Kpis));
            from = to.AddDays(1);
        }

        return weeks;
    }
}
