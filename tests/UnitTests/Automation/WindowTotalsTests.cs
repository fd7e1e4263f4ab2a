using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Automation;

public sealed class WindowTotalsTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 30, 0, TimeSpan.Zero);

    [Fact]
    public void DayWindowsEndTodayAndThePreviousWindowIsTheSameLengthBefore()
    {
        var cells = new CampaignCells();
        for (var back = 0; back < 14; back++)
        {
            // Day d back spends d + 1, so every window's sum names its days.
            cells.Apply(new MetricItem(new MetricCell(Today.AddDays(-back), new Breakdown(), "", ""), Spend(back + 1), MetricKind.Snapshot));
        }

        var windows = new WindowTotals(cells.Totals, new RecentBuckets(), Today, Now, dailyBudget: null);

        Assert.Equal(1m, windows.Current("today").Spend);
        Assert.Equal(2m, windows.Previous("today").Spend);
        Assert.Equal(1m + 2 + 3, windows.Current("3d").Spend);
        Assert.Equal(4m + 5 + 6, windows.Previous("3d").Spend);
        Assert.Equal(Enumerable.Range(8, 7).Sum(), windows.Previous("7d").Spend);
    }

    [Fact]
    public void HourWindowsSumWhatArrivedAndThePreviousHoursBefore()
    {
        var recent = new RecentBuckets();
        recent.Add(Now.AddMinutes(-10), Spend(1));
        recent.Add(Now.AddMinutes(-90), Spend(10));
        recent.Add(Now.AddHours(-30), Spend(100));

        var windows = new WindowTotals(new CampaignCells().Totals, recent, Today, Now, dailyBudget: 50);

        Assert.Equal(1m, windows.Current("1h").Spend);
        Assert.Equal(10m, windows.Previous("1h").Spend);
        Assert.Equal(11m, windows.Current("24h").Spend);
        Assert.Equal(100m, windows.Previous("24h").Spend);
        Assert.Equal(50m, windows.DailyBudget);
    }

    private static MetricTotals Spend(decimal spend) => new(1, 0, 0, spend, 0, 0);
}
