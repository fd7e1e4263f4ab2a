using GrainMarketing.Simulator;

namespace GrainMarketing.UnitTests.Simulator;

public sealed class DemoRatesTests
{
    [Fact]
    public void TheTableHoldsEuroAndPoundOnWorkingDaysOnlyWithinTheirRange()
    {
        var today = new DateOnly(2026, 12, 7);

        var table = DemoRates.Table(today);

        Assert.DoesNotContain(table, r => r.Date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday);
        Assert.Equal(today, table.Max(r => r.Date));
        Assert.Equal(today.AddDays(-DemoRates.Days), table.Min(r => r.Date));
        Assert.All(table.Where(r => r.Currency == "EUR"), r => Assert.InRange(r.Rate, 1.07m, 1.09m));
        Assert.All(table.Where(r => r.Currency == "GBP"), r => Assert.InRange(r.Rate, 1.26m, 1.28m));
        Assert.Equal(table.Count / 2, table.Count(r => r.Currency == "GBP"));
        Assert.Equal(table, DemoRates.Table(today));
    }
}
