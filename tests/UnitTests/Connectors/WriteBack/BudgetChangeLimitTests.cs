using GrainMarketing.Connectors.WriteBack;

namespace GrainMarketing.UnitTests.Connectors.WriteBack;

public sealed class BudgetChangeLimitTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheFifthBudgetChangeWithinAnHourWaitsUntilTheFirstIsAnHourOld()
    {
        var changes = new Dictionary<string, List<DateTimeOffset>>();
        var limit = BudgetChangeLimit.Meta(changes);
        for (var i = 0; i < 4; i++)
        {
            Assert.Equal(Start.AddMinutes(i * 10), limit.NextAllowed("adset-1", Start.AddMinutes(i * 10)));
            limit.Record("adset-1", Start.AddMinutes(i * 10));
        }

        Assert.Equal(Start.AddHours(1), limit.NextAllowed("adset-1", Start.AddMinutes(40)));
        Assert.Equal(Start.AddMinutes(40), limit.NextAllowed("adset-2", Start.AddMinutes(40)));
        Assert.Equal(Start.AddHours(1), limit.NextAllowed("adset-1", Start.AddHours(1)));
    }

    [Fact]
    public void TimesOlderThanTheHourAreDroppedSoTheStateStaysBounded()
    {
        var changes = new Dictionary<string, List<DateTimeOffset>>();
        var limit = BudgetChangeLimit.Meta(changes);
        limit.Record("adset-1", Start);
        limit.Record("adset-2", Start.AddMinutes(30));

        limit.Record("adset-2", Start.AddMinutes(70));
        _ = limit.NextAllowed("adset-1", Start.AddMinutes(70));

        Assert.Equal(["adset-2"], changes.Keys);
        Assert.Equal([Start.AddMinutes(30), Start.AddMinutes(70)], changes["adset-2"]);
    }
}
