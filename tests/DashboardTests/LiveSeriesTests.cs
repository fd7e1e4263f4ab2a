using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Live;

namespace GrainMarketing.DashboardTests;

public sealed class LiveSeriesTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EachPointIsWhatItsTickAddedAndANewDayStartsFromZero()
    {
        var series = new LiveSeries(capacity: 10);
        series.Add(Tick(0, spend: 100, conversions: 2));
        series.Add(Tick(1, spend: 130.5, conversions: 5));
        series.Add(Tick(2, spend: 4, conversions: 0));

        Assert.Equal([0, 30.5, 0], series.Points.Select(p => p.Spend));
        Assert.Equal([0, 3, 0], series.Points.Select(p => p.Conversions));
        Assert.Equal(4, series.Last!.Today.Totals!.Spend);
    }

    [Fact]
    public void OnlyTheNewestTicksAreKept()
    {
        var series = new LiveSeries(capacity: 3);
        for (var i = 0; i < 10; i++)
        {
            series.Add(Tick(i, spend: i * 10, conversions: i));
        }

        Assert.Equal([Start.AddSeconds(7), Start.AddSeconds(8), Start.AddSeconds(9)], series.Points.Select(p => p.At));
    }

    [Fact]
    public void ATickParsesFromTheFeedsJson()
    {
        const string Json = """
            {"at":"2026-12-07T10:00:01+00:00","today":{"window":{"dates":{"from":"2026-12-07","to":"2026-12-07","days":1},"recentMinutes":null},
             "totals":{"impressions":5500,"clicks":110,"spend":123.45,"conversions":5,"conversionValue":465,"reach":0},
             "kpis":{"ctr":0.02,"cpc":1.12,"cpm":22.44,"cpa":24.69,"cvr":0.045,"roas":3.77,"aov":93},
             "platforms":[],"freshness":{"receivedAt":"2026-12-07T10:00:00+00:00","latestDate":"2026-12-07"}},
             "changed":[{"id":"meta:916","platform":"meta","campaignId":"916","totals":{"spend":123.45},"kpis":{"roas":3.77},"metadata":null,"freshness":null}],
             "segments":[],"patternChanges":[]}
            """;

        var tick = LiveFeed.Parse(Json);

        Assert.Equal(new DateTimeOffset(2026, 12, 7, 10, 0, 1, TimeSpan.Zero), tick.At);
        Assert.Equal(123.45, tick.Today.Totals!.Spend);
        Assert.Equal(3.77, tick.Today.Kpis!.Roas);
        Assert.Equal("meta:916", Assert.Single(tick.Changed).Id);
    }

    private static LiveTick Tick(int second, double spend, double conversions) =>
        new(Start.AddSeconds(second), new SummaryResponse { Totals = new MetricTotals { Spend = spend, Conversions = conversions } }, []);
}
