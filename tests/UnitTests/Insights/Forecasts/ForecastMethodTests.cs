using GrainMarketing.Errors;
using GrainMarketing.Insights.Forecasts;

namespace GrainMarketing.UnitTests.Insights.Forecasts;

public sealed class ForecastMethodTests
{
    [Fact]
    public void TheConformalQuantileIsTheFiniteSampleRankAndNeedsNineteenErrorsFor95Percent()
    {
        var nineteen = Enumerable.Range(1, 19).Select(i => (double)i).ToList();

        Assert.Equal(19, ConformalIntervals.Quantile(nineteen, 0.95));
        Assert.Equal(16, ConformalIntervals.Quantile(nineteen, 0.80));
        Assert.Null(ConformalIntervals.Quantile(nineteen[..18], 0.95));
    }

    [Fact]
    public void TheIntervalsFollowTheVolatilityOfTheLatestThirteenWeeks()
    {
        // A calm half year (errors of 1) then a volatile quarter (errors of 10): the widths are the quarter's alone.
        var errors = Enumerable.Range(0, 273).Select(day => new BacktestError(day, 1, day < 182 ? 1 : 10)).ToList();

        var intervals = new ConformalIntervals(errors);
        var everything = new ConformalIntervals(errors, int.MaxValue);

        Assert.Equal(10, intervals.HalfWidth(1, 0.60));
        Assert.Equal(1, everything.HalfWidth(1, 0.60));
        Assert.Equal(10, everything.HalfWidth(1, 0.95));
    }

    [Fact]
    public void ASparseSeriesKeepsOlderErrorsRatherThanLoseItsInterval()
    {
        // Twenty errors, one a fortnight: only seven fall in the last thirteen weeks, too few for a 95% rank alone.
        var errors = Enumerable.Range(0, 20).Select(i => new BacktestError(i * 14, 1, i + 1)).ToList();

        var intervals = new ConformalIntervals(errors);

        Assert.Equal(20, intervals.HalfWidth(1, 0.95));
        Assert.Equal(1, intervals.CalibratedThrough);
    }

    [Fact]
    public void AForecastFromAnOriginNeverSeesTheDaysAfterIt()
    {
        var values = GeneratedSeries.Weekly(5, 120, 500, 2, 0.05);
        var altered = values.ToArray();
        for (var t = 90; t < altered.Length; t++)
        {
            altered[t] *= 3;
        }

        foreach (var method in DailyForecaster.Candidates())
        {
            Assert.Equal(method.Forecast(new ForecastHistory(values), 90, 14), method.Forecast(new ForecastHistory(altered), 90, 14));
        }
    }

    [Fact]
    public void ANoiseFreeWeeklySeriesWithTrendIsForecastAlmostExactly()
    {
        var values = GeneratedSeries.Weekly(1, 140, 1000, 3, 0);

        var fit = DailyForecaster.Fit(new ForecastHistory(values[..126]), 14);

        var relativeErrors = fit.Values.Select((v, h) => Math.Abs(v - values[126 + h]) / values[126 + h]);
        Assert.All(relativeErrors, e => Assert.True(e < 0.01, $"relative error {e:F4}"));
    }

    [Fact]
    public void ABudgetCutMarkedAsARuleChangeMovesTheForecastAtOnce()
    {
        // Spend drops by 500 a day on day 200 because a rule cut the budget; the next two weeks' forecasts should be at the new level.
        var values = GeneratedSeries.Weekly(7, 230, 1000, 0, 0.05);
        for (var t = 200; t < values.Length; t++)
        {
            values[t] -= 500;
        }

        var changes = Enumerable.Range(0, values.Length).Select(t => t is 200 or 201).ToArray();
        var method = new SmoothingMethod(SmoothingVariant.DampedTrend);

        double ErrorAfterCut(ForecastHistory history) => Enumerable.Range(202, 14)
            .Average(origin => Math.Abs(method.Forecast(history, origin, 1)[0] - values[origin]));

        var marked = ErrorAfterCut(new ForecastHistory(values, changes));
        var unmarked = ErrorAfterCut(new ForecastHistory(values));
        Assert.True(marked < unmarked * 0.75, $"marked {marked:F1}, as noise {unmarked:F1}");
    }

    [Fact]
    public void BacktestErrorsAcrossARuleChangeAreLeftOutOfTheIntervals()
    {
        var values = GeneratedSeries.Weekly(3, 60, 100, 0, 0.05);
        var changes = Enumerable.Range(0, 60).Select(t => t == 40).ToArray();
        var backtest = BacktestForecasts.Run(SeasonalNaive.Instance, new ForecastHistory(values, changes), 21, 7);

        var errors = backtest.Errors(new ForecastHistory(values, changes)).ToList();

        Assert.DoesNotContain(errors, e => e.Origin <= 40 && e.Target >= 40);
        Assert.Contains(errors, e => e.Target == 39);
    }

    [Fact]
    public void TooShortAHistoryNamesTheDaysMissing()
    {
        var error = Assert.Throws<InsufficientHistoryException>(() => DailyForecaster.Fit(new ForecastHistory(new double[9]), 7));

        Assert.Equal("28 needed, 9 recorded", error.Missing["days"]);
    }

    [Fact]
    public void ARatioForecastIsTheRatioOfTheForecastsWithOrderedCalibratedIntervals()
    {
        var spend = new ForecastHistory(GeneratedSeries.Weekly(21, 200, 1000, 0.5, 0.05));
        var conversions = new ForecastHistory(GeneratedSeries.Weekly(22, 200, 40, 0.02, 0.08));
        var spendFit = DailyForecaster.Fit(spend, 14);
        var conversionsFit = DailyForecaster.Fit(conversions, 14);

        var cpa = DailyForecaster.Ratio(spend, spendFit, conversions, conversionsFit);

        Assert.Equal(spendFit.Values[0] / conversionsFit.Values[0], cpa.Values[0], 9);
        Assert.All(Enumerable.Range(0, 14), h => Assert.True(cpa.HalfWidth80[h] <= cpa.HalfWidth95[h]));
        Assert.InRange(cpa.Score.Coverage95!.Value, 0.92, 0.99);
    }
}
