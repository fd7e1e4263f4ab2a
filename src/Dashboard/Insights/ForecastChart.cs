using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;
using MudBlazor;

namespace GrainMarketing.Dashboard.Insights;

/// <summary>
/// A forecast as line-chart series over one axis of days: the recorded history, then the forecast with its 80% and 95%
/// bounds as their own lines. Each series is null where it has nothing to say, so the history stops where the forecast
/// starts; the forecast and its bounds begin at the last recorded day so the fan opens from the history line.
/// </summary>
public sealed record ForecastChart(string[] Labels, IReadOnlyList<(string Name, double?[] Values)> Columns)
{
    public const string History = "Recorded";
    public const string Forecast = "Forecast";
    public const string Lower80 = "80% low";
    public const string Upper80 = "80% high";
    public const string Lower95 = "95% low";
    public const string Upper95 = "95% high";

    /// <summary>Blue for what happened, a darker blue for the forecast, lighter shades for the bands.</summary>
    public static readonly string[] Palette = ["#455a64", "#1565c0", "#64b5f6", "#64b5f6", "#bbdefb", "#bbdefb"];

    /// <summary>The columns as the chart draws them: a null leaves a gap.</summary>
    public List<ChartSeries<double>> Series => [.. Columns.Select(column => new ChartSeries<double> { Name = column.Name, Data = new ChartData<double>(column.Values) })];

    /// <summary>Builds the series from <paramref name="history"/> (day and value, oldest first) and the forecast's days.</summary>
    public static ForecastChart From(IReadOnlyList<(DateOnly Day, double? Value)> history, IReadOnlyList<ForecastDay> days)
    {
        var recorded = history.Count;
        var total = recorded + days.Count;
        var labels = history.Select(point => Label(point.Day)).Concat(days.Select(day => Label(DayOf(day)))).ToArray();
        double?[] Column(Func<ForecastDay, double?> pick)
        {
            var values = new double?[total];
            if (recorded > 0)
            {
                values[recorded - 1] = history[recorded - 1].Value;
            }

            for (var index = 0; index < days.Count; index++)
            {
                values[recorded + index] = pick(days[index]);
            }

            return values;
        }

        var past = new double?[total];
        for (var index = 0; index < recorded; index++)
        {
            past[index] = history[index].Value;
        }

        return new ForecastChart(labels,
        [
            (History, past),
            (Forecast, Column(day => day.Value)),
            (Lower80, Column(day => day.Lower80)),
            (Upper80, Column(day => day.Upper80)),
            (Lower95, Column(day => day.Lower95)),
            (Upper95, Column(day => day.Upper95)),
        ]);
    }

    /// <summary>The value a recorded day holds for a forecast metric: a daily sum, or a KPI of that day.</summary>
    public static double? ValueOf(SeriesPoint point, ForecastMetric metric) => metric switch
    {
        ForecastMetric.Spend => point.Totals?.Spend,
        ForecastMetric.Impressions => point.Totals?.Impressions,
        ForecastMetric.Clicks => point.Totals?.Clicks,
        ForecastMetric.Conversions => point.Totals?.Conversions,
        ForecastMetric.ConversionValue => point.Totals?.ConversionValue,
        ForecastMetric.Cpa => point.Kpis?.Cpa,
        ForecastMetric.Roas => point.Kpis?.Roas,
        _ => null,
    };

    /// <summary>A daily series' values of <paramref name="metric"/> on the days before the forecast's first, oldest first, so today's partial day is never drawn as history.</summary>
    public static List<(DateOnly Day, double? Value)> HistoryOf(IEnumerable<SeriesPoint> points, ForecastMetric metric, ForecastResponse? forecast)
    {
        var first = forecast?.Days?.FirstOrDefault() is { } day ? DayOf(day) : DateOnly.MaxValue;
        return [.. points
            .Select(point => (Day: DateOnly.TryParseExact(point.Period, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed) ? parsed : DateOnly.MinValue, Value: ValueOf(point, metric)))
            .Where(point => point.Day != DateOnly.MinValue && point.Day < first)
            .OrderBy(point => point.Day)];
    }

    public static DateOnly DayOf(ForecastDay day) => day.Date is { } date ? new DateOnly(date.Year, date.Month, date.Day) : default;

    private static string Label(DateOnly day) => day.ToString("MMM d", CultureInfo.InvariantCulture);

}
