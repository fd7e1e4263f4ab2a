using GrainMarketing.Insights.Forecasts;

namespace GrainMarketing.UnitTests.Insights.Forecasts;

public sealed class PacingProjectionTests
{
    private static readonly TimeZoneInfo Utc = TimeZoneInfo.Utc;
    private static readonly DateTimeOffset Noon = new(2026, 12, 6, 12, 0, 0, TimeSpan.Zero);
    private static readonly ForecastDay Day = new(new DateOnly(2026, 12, 6), 1000, 900, 1100, 800, 1200);

    [Fact]
    public void SpendingAtTheForecastPaceProjectsTheForecastAndIsOnTrack()
    {
        var pacing = PacingProjection.Project(Noon, Utc, "EUR", 500, null, Day, (0.5, "clock"));

        Assert.Equal(1000, pacing.ProjectedEndOfDay.Value!.Value, 6);
        Assert.Equal(PacingStatus.OnTrack, pacing.Status);
        Assert.Equal(1000, pacing.Target);
    }

    [Fact]
    public void SpendingTwiceThePaceAgainstASmallerBudgetIsOver()
    {
        var pacing = PacingProjection.Project(Noon, Utc, "EUR", 1000, 800m, Day, (0.5, "clock"));

        Assert.True(pacing.ProjectedEndOfDay.Lower80 > 800);
        Assert.Equal(PacingStatus.Over, pacing.Status);
    }

    [Fact]
    public void SpendingLittleLateInTheDayIsUnder()
    {
        var evening = Noon.AddHours(8);

        var pacing = PacingProjection.Project(evening, Utc, "EUR", 200, null, Day, PacingProjection.ElapsedShare(evening, Utc, []));

        Assert.Equal("clock", pacing.Profile);
        Assert.True(pacing.ProjectedEndOfDay.Upper80 < 900);
        Assert.Equal(PacingStatus.Under, pacing.Status);
    }

    [Fact]
    public void TheIntradayProfileComesFromTheLastWholeDaysHourlySpend()
    {
        // Every past day spends 10 an hour from 00:00 to 06:00 and 30 an hour from 06:00 to 12:00, nothing after.
        var hours = Enumerable.Range(1, 6).SelectMany(day => Enumerable.Range(0, 12)
            .Select(hour => (Noon.Date.AddDays(-day).AddHours(hour) is var start ? new DateTimeOffset(start, TimeSpan.Zero) : default, hour < 6 ? 10.0 : 30.0)));

        var (elapsed, profile) = PacingProjection.ElapsedShare(Noon.AddHours(-6), Utc, hours);

        Assert.Equal("hourly", profile);
        Assert.Equal(0.25, elapsed, 6);
    }
}
