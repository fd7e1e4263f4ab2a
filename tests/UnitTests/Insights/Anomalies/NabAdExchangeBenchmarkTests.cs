using System.Globalization;
using GrainMarketing.Insights.Anomalies;
using Xunit.Abstractions;

namespace GrainMarketing.UnitTests.Insights.Anomalies;

/// <summary>The anomaly detector against a plain 3-sigma rolling baseline on NAB's labelled ad-exchange CPC and CPM series.</summary>
/// <remarks>Writes the figures docs/benchmarks.md quotes to the test output and to <c>nab-ad-exchange.md</c> beside the test assembly.</remarks>
public sealed class NabAdExchangeBenchmarkTests(ITestOutputHelper output)
{
    private static readonly string[] Files =
    [
        "exchange-2_cpc_results.csv", "exchange-2_cpm_results.csv", "exchange-3_cpc_results.csv",
        "exchange-3_cpm_results.csv", "exchange-4_cpc_results.csv", "exchange-4_cpm_results.csv",
    ];

    [Fact]
    public void TheSeasonalDetectorScoresHigherThanTheThreeSigmaBaseline()
    {
        var seasonal = Score(threshold: AnomalySettings.Default.BaseThreshold, threeSigmaWindow: null);
        var threeSigma = Score(threshold: null, threeSigmaWindow: 168);

        // The other sensitivities and a shorter 3-sigma window, so neither side's figure is one lucky setting.
        var report = string.Join(Environment.NewLine,
            "| detector | NAB standard score | precision (points) | recall (windows) | windows found | flagged | false positives |",
            "| --- | --- | --- | --- | --- | --- | --- |",
            Row($"seasonal robust baseline, threshold {AnomalySettings.Default.BaseThreshold} (sensitivity 0.5, the default)", seasonal),
            Row("seasonal robust baseline, threshold 3 (sensitivity 1)", Score(3, null)),
            Row("seasonal robust baseline, threshold 6 (sensitivity 0)", Score(6, null)),
            Row("3-sigma rolling mean, 168 hours", threeSigma),
            Row("3-sigma rolling mean, 24 hours", Score(null, 24)));
        output.WriteLine(report);
        File.WriteAllText(Path.Combine(AppContext.BaseDirectory, "nab-ad-exchange.md"), report + Environment.NewLine);

        Assert.True(NabSeriesScore.Normalised(seasonal) > NabSeriesScore.Normalised(threeSigma), report);
    }

    /// <summary>Every series scored for the seasonal detector at <paramref name="threshold"/>, or the 3-sigma baseline over <paramref name="threeSigmaWindow"/> points.</summary>
    private static List<NabSeriesScore> Score(double? threshold, int? threeSigmaWindow)
    {
        var windows = Windows();
        return [.. Files.Select(file =>
        {
            var (timestamps, values) = Series(file);
            bool[] flags = threshold is { } t ? Seasonal(timestamps, values, t) : [.. values.Select(new RollingThreeSigma(threeSigmaWindow!.Value).Observe)];
            return new NabScorer().Score(timestamps, flags, [.. windows.Where(w => w.File == file).Select(w => (w.Start, w.End))]);
        })];
    }

    /// <summary>Each point judged against the baseline before it learns the point, and reported when it starts an episode, as at ingest.</summary>
    private static bool[] Seasonal(IReadOnlyList<DateTime> timestamps, IReadOnlyList<double> values, double threshold)
    {
        var baseline = new SeasonalBaseline();
        var episodes = new AnomalyEpisodes();
        var flagged = new bool[values.Count];
        for (var i = 0; i < values.Count; i++)
        {
            var (hour, day) = (timestamps[i].Hour, (int)timestamps[i].DayOfWeek);
            flagged[i] = episodes.Report(0, baseline.Ready && Math.Abs(baseline.Expect(hour, day, 0).Score(values[i])) >= threshold);
            baseline.Learn(values[i], hour, day, 0);
        }

        return flagged;
    }

    private static string Row(string name, IReadOnlyCollection<NabSeriesScore> scores) =>
        string.Create(CultureInfo.InvariantCulture,
            $"| {name} | {NabSeriesScore.Normalised(scores):F1} | {NabSeriesScore.Precision(scores):P0} | {NabSeriesScore.Recall(scores):P0} | "
            + $"{scores.Sum(s => s.WindowsFound)} of {scores.Sum(s => s.Windows)} | {scores.Sum(s => s.Flagged)} | {scores.Sum(s => s.FalsePositives)} |");

    private static (List<DateTime> Timestamps, List<double> Values) Series(string file)
    {
        var rows = File.ReadLines(SharedData.Path("nab-ad-exchange", file)).Skip(1).Select(line => line.Split(',')).ToList();
        return ([.. rows.Select(r => Time(r[0]))], [.. rows.Select(r => double.Parse(r[1], CultureInfo.InvariantCulture))]);
    }

    private static List<(string File, DateTime Start, DateTime End)> Windows() =>
        [.. File.ReadLines(SharedData.Path("nab-ad-exchange", "anomaly_windows.csv")).Skip(1)
            .Select(line => line.Split(','))
            .Select(r => (r[0], Time(r[1]), Time(r[2])))];

    private static DateTime Time(string text) => DateTime.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
}
