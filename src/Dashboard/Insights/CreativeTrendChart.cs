using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;
using MudBlazor;

namespace GrainMarketing.Dashboard.Insights;

/// <summary>
/// A campaign's creatives day by day over one axis of days: CTR as clicks per 1,000 impressions (whole numbers suit the
/// chart's whole-number axis steps), and frequency where the platform reported the day's reach. A day a creative had no
/// impressions (or no reported reach) is a gap, not a zero.
/// </summary>
/// <remarks>At most <see cref="MaxCreatives"/> lines stay readable: the fatigued creatives first, then the best ranked.</remarks>
public sealed record CreativeTrendChart(string[] Labels, IReadOnlyList<(string Name, double?[] Values)> Ctr, IReadOnlyList<(string Name, double?[] Values)> Frequency)
{
    public const int MaxCreatives = 6;

    public static CreativeTrendChart From(CreativeInsightReport report)
    {
        var creatives = (report.Creatives ?? [])
            .Select((creative, rank) => (creative, rank))
            .OrderByDescending(entry => entry.creative.Fatigue?.Fatigued == true)
            .ThenBy(entry => entry.rank)
            .Take(MaxCreatives)
            .Select(entry => entry.creative)
            .ToList();
        var days = creatives.SelectMany(creative => creative.Days ?? []).Select(DayOf).Distinct().Order().ToList();
        var index = days.Select((day, position) => (day, position)).ToDictionary(entry => entry.day, entry => entry.position);

        double?[] Column(CreativeInsight creative, Func<CreativeDay, double?> pick)
        {
            var values = new double?[days.Count];
            foreach (var day in creative.Days ?? [])
            {
                values[index[DayOf(day)]] = pick(day);
            }

            return values;
        }

        var ctr = creatives.Select(creative => (Name(creative), Column(creative, day => day.Impressions is > 0 ? 1000.0 * (day.Clicks ?? 0) / day.Impressions : null))).ToList();
        var frequency = creatives.Where(creative => (creative.Days ?? []).Any(day => day.Frequency is not null))
            .Select(creative => (Name(creative), Column(creative, day => day.Frequency))).ToList();
        return new CreativeTrendChart([.. days.Select(day => day.ToString("MMM d", CultureInfo.InvariantCulture))], ctr, frequency);
    }

    /// <summary>A whole-number step between the axis's ticks giving about five ticks over the values drawn.</summary>
    public static int TickStep(IReadOnlyList<(string Name, double?[] Values)> columns)
    {
        var values = columns.SelectMany(column => column.Values).OfType<double>().ToList();
        return values.Count == 0 ? 1 : Math.Max(1, (int)Math.Ceiling((values.Max() - values.Min()) / 5));
    }

    public static List<ChartSeries<double>> Series(IReadOnlyList<(string Name, double?[] Values)> columns) =>
        [.. columns.Select(column => new ChartSeries<double> { Name = column.Name, Data = new ChartData<double>(column.Values) })];

    /// <summary>The legend's name: the creative's id, marked when it is fatigued.</summary>
    private static string Name(CreativeInsight creative) =>
        creative.Fatigue?.Fatigued == true ? $"{creative.CreativeId} (fatigued)" : creative.CreativeId ?? "";

    private static DateOnly DayOf(CreativeDay day) => day.Date is { } date ? new DateOnly(date.Year, date.Month, date.Day) : default;
}
