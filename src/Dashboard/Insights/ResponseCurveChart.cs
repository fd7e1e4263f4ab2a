using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;
using MudBlazor;

namespace GrainMarketing.Dashboard.Insights;

/// <summary>
/// A fitted response curve as line-chart series over daily spend: the expected outcome and its 80% band. The campaign's
/// current daily spend is put on the axis in order, with the fit's answer at that spend, and its label says "now"; the
/// axis names only some spends so the labels never overlap.
/// </summary>
public sealed record ResponseCurveChart(string[] Labels, List<ChartSeries<double>> Series, int CurrentIndex)
{
    public const string Expected = "Expected";
    public const string Lower80 = "80% low";
    public const string Upper80 = "80% high";

    /// <summary>About this many spend labels fit under a chart on a phone; the current spend's always shows, its neighbours give it room.</summary>
    private const int MaxLabels = 7;

    public static readonly string[] Palette = ["#2e7d32", "#a5d6a7", "#a5d6a7"];

    public static ResponseCurveChart From(ResponseCurve curve, double currentSpend)
    {
        var points = (curve.Points ?? []).Select(point => (Spend: point.Spend ?? 0, Estimate: point.Expected)).ToList();
        var now = (Spend: currentSpend, Estimate: curve.AtCurrentSpend);
        var index = points.FindIndex(point => point.Spend >= currentSpend);
        if (index >= 0 && points[index].Spend == currentSpend)
        {
            points[index] = now;
        }
        else
        {
            index = index < 0 ? points.Count : index;
            points.Insert(index, now);
        }

        var every = Math.Max(1, points.Count / MaxLabels);
        var labels = points.Select((point, at) => at == index ? $"now: {Amount(point.Spend)}" : at % every == 0 && Math.Abs(at - index) > 1 ? Amount(point.Spend) : "").ToArray();
        List<ChartSeries<double>> series =
        [
            Line(Expected, points.Select(point => point.Estimate?.Value)),
            Line(Lower80, points.Select(point => point.Estimate?.Lower80)),
            Line(Upper80, points.Select(point => point.Estimate?.Upper80)),
        ];
        return new ResponseCurveChart(labels, series, index);
    }

    private static string Amount(double spend) => spend.ToString("N0", CultureInfo.InvariantCulture);

    private static ChartSeries<double> Line(string name, IEnumerable<double?> values) => new() { Name = name, Data = new ChartData<double>([.. values]) };
}
