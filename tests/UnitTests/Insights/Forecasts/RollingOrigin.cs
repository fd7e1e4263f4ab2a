using GrainMarketing.Insights.Forecasts;

namespace GrainMarketing.UnitTests.Insights.Forecasts;

/// <summary>
/// A rolling-origin evaluation across a whole series, as the forecast grain lives it: at every origin the method
/// is the candidate with the smallest backtest error on the days before the origin, and its intervals come from the
/// backtest errors known by then; then that origin's forecasts (up to <c>horizon</c> days, each made from the days
/// before the origin only) are judged against what happened.
/// </summary>
/// <remarks>
/// Each candidate's rolling backtest runs once over the whole series (a forecast from an origin never sees a day
/// after it), so choosing and calibrating again at every origin only re-reads errors that were known at the time.
/// MASE is scaled by seasonal naive's one-week error over the whole series, the same scale for every origin.
/// </remarks>
public sealed record RollingOrigin(int Origins, int Pairs, double Mase, double BaselineMase, int CoverageDays, double Coverage80, double Coverage95, string Methods)
{
    /// <summary>The model's error as a share of seasonal naive's on the same (origin, day) pairs.</summary>
    public double RelativeMase => Mase / BaselineMase;

    public static RollingOrigin Evaluate(ForecastHistory full, int firstJudged, int horizon, int windowDays = ConformalIntervals.DefaultWindowDays)
    {
        var candidates = DailyForecaster.Candidates();
        var errors = candidates.ToDictionary(
            c => c.Name,
            c => BacktestForecasts.Run(c, full, DailyForecaster.FirstOrigin, horizon).Errors(full).ToList());
        var baseline = errors[SeasonalNaive.Instance.Name].ToDictionary(e => (e.Origin, e.Step), e => Math.Abs(e.Error));
        var tally = new Tally();
        var chosen = new Dictionary<string, int>();
        for (var origin = firstJudged; origin < full.Count; origin++)
        {
            var known = errors.ToDictionary(c => c.Key, c => c.Value.Where(e => e.Target < origin).ToList());
            var method = known.Where(c => c.Value.Count > 0).MinBy(c => c.Value.Average(e => Math.Abs(e.Error))).Key;
            chosen[method] = chosen.GetValueOrDefault(method) + 1;
            var intervals = new ConformalIntervals(known[method], windowDays);
            foreach (var error in errors[method].Where(e => e.Origin == origin && baseline.ContainsKey((e.Origin, e.Step))))
            {
                tally.Add(Math.Abs(error.Error), baseline[(error.Origin, error.Step)], intervals.HalfWidth(error.Step, 0.80), intervals.HalfWidth(error.Step, 0.95));
            }

            tally.Origins++;
        }

        var scale = full.SeasonalNaiveScale(full.Count);
        var methods = string.Join(", ", chosen.OrderByDescending(c => c.Value).Select(c => $"{c.Key} {c.Value}"));
        return new RollingOrigin(tally.Origins, tally.Pairs, tally.Model / tally.Pairs / scale, tally.Baseline / tally.Pairs / scale,
            tally.Judged, (double)tally.Inside80 / tally.Judged, (double)tally.Inside95 / tally.Judged, methods);
    }

    private sealed class Tally
    {
        public int Origins { get; set; }

        public int Pairs { get; private set; }

        public int Judged { get; private set; }

        public int Inside80 { get; private set; }

        public int Inside95 { get; private set; }

        public double Model { get; private set; }

        public double Baseline { get; private set; }

        public void Add(double model, double baseline, double? halfWidth80, double? halfWidth95)
        {
            Pairs++;
            Model += model;
            Baseline += baseline;
            if (halfWidth80 is { } w80 && halfWidth95 is { } w95)
            {
                Judged++;
                Inside80 += model <= w80 ? 1 : 0;
                Inside95 += model <= w95 ? 1 : 0;
            }
        }
    }
}
