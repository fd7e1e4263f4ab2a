using GrainMarketing.Insights.Anomalies;

namespace GrainMarketing.UnitTests.Insights.Anomalies;

public sealed class SeasonalBaselineTests
{
    /// <summary>A daily cycle (peak 3x the trough) with weekends at 60%, plus 5% noise, from a fixed seed.</summary>
    private static double Value(int hour, Random random)
    {
        var (hourOfDay, day) = (hour % 24, (DayOfWeek)((hour / 24) % 7));
        var daily = 100 * (2 - Math.Cos(2 * Math.PI * hourOfDay / 24));
        return daily * (day is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.6 : 1) * (1 + (0.05 * ((random.NextDouble() * 2) - 1)));
    }

    [Fact]
    public void FallsBackFromHourOfWeekToHourOfDayToTheRecentLevelAsHistoryGrows()
    {
        var baseline = new SeasonalBaseline();
        var random = new Random(7);
        var bases = new List<AnomalyBaseline>();
        for (var hour = 0; hour < 24 * 14; hour++)
        {
            bases.Add(baseline.Expect(hour % 24, (hour / 24) % 7, 0).Basis);
            baseline.Learn(Value(hour, random), hour % 24, (hour / 24) % 7, 0);
        }

        Assert.Equal(AnomalyBaseline.Recent, bases[24]);
        Assert.Equal(AnomalyBaseline.HourOfDay, bases[(24 * 3) + 5]);
        Assert.Equal(AnomalyBaseline.HourOfWeek, baseline.Expect(23, 6, 0).Basis);
    }

    [Fact]
    public void ASeasonalSeriesStaysInsideItsBandAndASpikeBreaksIt()
    {
        var (baseline, random) = (new SeasonalBaseline(), new Random(11));
        for (var hour = 0; hour < 24 * 35; hour++)
        {
            baseline.Learn(Value(hour, random), hour % 24, (hour / 24) % 7, 0);
        }

        var scores = Enumerable.Range(24 * 35, 24 * 7).Select(hour =>
        {
            var score = baseline.Expect(hour % 24, (hour / 24) % 7, 0).Score(Value(hour, random));
            baseline.Learn(Value(hour, random), hour % 24, (hour / 24) % 7, 0);
            return Math.Abs(score);
        }).ToList();

        Assert.True(scores.Max() < 4.5, $"largest ordinary score {scores.Max():F2}");
        Assert.True(baseline.Expect(12, 3, 0).Score(3 * 300) > 10);
    }

    [Fact]
    public void ARunOfAnomaliesMovesTheBaselineOnlyABoundedStep()
    {
        var (baseline, random) = (new SeasonalBaseline(), new Random(3));
        for (var hour = 0; hour < 24 * 35; hour++)
        {
            baseline.Learn(Value(hour, random), hour % 24, (hour / 24) % 7, 0);
        }

        var (sameHourBefore, laterHourBefore) = (baseline.Expect(12, 3, 0).Value, baseline.Expect(18, 3, 0).Value);
        for (var hour = 12; hour < 15; hour++)
        {
            baseline.Learn(0, hour, 3, 0);
        }

        // Three hours of zeros, each learned only 2.5 deviations below its expectation: the zeroed hour's factor moves a few
        // percent and the level (every other hour) less than one, instead of both heading for zero.
        Assert.InRange(baseline.Expect(12, 3, 0).Value / sameHourBefore, 0.93, 1.0);
        Assert.InRange(baseline.Expect(18, 3, 0).Value / laterHourBefore, 0.99, 1.0);
    }
}
