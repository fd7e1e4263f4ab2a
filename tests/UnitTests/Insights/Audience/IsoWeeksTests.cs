using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Audience;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Insights.Audience;

public sealed class IsoWeeksTests
{
    [Fact]
    public void WeeksAreIsoWeeksClippedToTheWindowWithKpisFromTheirSums()
    {
        // 2026-11-25 is a Wednesday of ISO week 48; 2026-12-07 is the Monday that starts week 50.
        var range = new DateRange(new DateOnly(2026, 11, 25), new DateOnly(2026, 12, 7));
        DayTotals[] days =
        [
            new(new DateOnly(2026, 11, 30), new MetricTotals(100, 0, 10, 10m, 1m, 0m)),
            new(new DateOnly(2026, 12, 6), new MetricTotals(900, 0, 9, 90m, 1m, 0m)),
        ];

        var weeks = IsoWeeks.Of(days, range);

        Assert.Equal(["2026-W48", "2026-W49", "2026-W50"], weeks.Select(w => w.Week));
        Assert.Equal([5, 7, 1], weeks.Select(w => w.Days));
        Assert.Equal((new DateOnly(2026, 11, 29), new DateOnly(2026, 11, 30)), (weeks[0].To, weeks[1].From));
        // 19 clicks of 1,000 impressions: 1.9%, not the 5.5% an average of the two days' CTRs would say.
        Assert.Equal(0.019m, weeks[1].Kpis.Ctr);
        Assert.Equal(50m, weeks[1].Kpis.Cpa);
        Assert.Null(weeks[0].Kpis.Ctr);
    }
}
