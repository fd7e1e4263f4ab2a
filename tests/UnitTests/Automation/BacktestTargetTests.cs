using GrainMarketing.Automation;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Automation;

public sealed class BacktestTargetTests
{
    private static readonly DateOnly Day1 = new(2026, 3, 1);
    private static readonly TargetControl Active = new(CampaignStatus.Active, 100, []);

    [Fact]
    public void ASimulatedPauseForgoesEveryDayUntilASimulatedResume()
    {
        var days = new DaySeries();
        for (var day = 0; day < 4; day++)
        {
            days.Add(Day1.AddDays(day), new MetricTotals(100, 0, 5, 10 * (day + 1), day, 7));
        }

        var target = new BacktestTarget("meta:1", null, days, Active);
        target.Count(Day1);
        target.Fired(Day1, Active with { Status = CampaignStatus.Paused }, cooldownDays: 1);
        target.Count(Day1.AddDays(1));
        target.Fired(Day1.AddDays(1), Active with { Status = CampaignStatus.Paused }, cooldownDays: 1);
        target.Count(Day1.AddDays(2));
        target.Fired(Day1.AddDays(2), Active, cooldownDays: 2);
        target.Count(Day1.AddDays(3));

        Assert.Equal(new BacktestEffects("meta:1", 3, 50m, 3m, 14m, 0, 0, 0), target.Effects());
        Assert.False(target.MayFire(Day1.AddDays(3)));
        Assert.True(target.MayFire(Day1.AddDays(4)));
    }

    [Fact]
    public void ATargetThatNeverFiredHasNoEffects()
    {
        var target = new BacktestTarget("meta:1", null, new DaySeries(), Active);
        target.Count(Day1);

        Assert.Null(target.Effects());
        Assert.True(target.MayFire(Day1));
    }
}
