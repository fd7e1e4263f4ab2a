using GrainMarketing.Campaigns;
using GrainMarketing.History;
using GrainMarketing.Metrics;
using Microsoft.Extensions.Time.Testing;
using static GrainMarketing.UnitTests.Campaigns.TestBatches;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class CampaignDaysTests
{
    private static readonly DateOnly Pruned = Today.AddDays(-40);

    private readonly TestState<CampaignState> _state = new(new CampaignState());
    private readonly InMemoryMetricHistory _history = new();
    private readonly CampaignDays _days;

    public CampaignDaysTests() =>
        _days = new CampaignDays(Campaign, _state, _history, new CampaignOptions { RetentionDays = 30 }, new FakeTimeProvider(Now));

    [Fact]
    public async Task DaysBeforeRetentionAreReadFromHistoryAndDaysInMemoryAreNotCountedTwice()
    {
        await _history.SaveAsync(Campaign, [Cell(Pruned, 100), Cell(Today.AddDays(-35), 50)], CancellationToken.None);
        _state.State.Apply(Batch(Snapshot(Today.AddDays(-35), "25-34", 7), Snapshot(Today, "25-34", 3)), flushed: false);

        var totals = await _days.TotalsAsync(new DateRange(Pruned, Today));
        var series = await _days.DailySeriesAsync(new DateRange(Pruned, Today));

        Assert.Equal(110, totals.Impressions);
        Assert.Equal([(Pruned, 100L), (Today.AddDays(-35), 7L), (Today, 3L)], series.Select(day => (day.Date, day.Totals.Impressions)));
    }

    [Fact]
    public async Task ARangeWithinRetentionNeverReadsHistory()
    {
        await _history.SaveAsync(Campaign, [Cell(Today.AddDays(-1), 100)], CancellationToken.None);

        Assert.Empty(await _days.OlderCellsAsync(new DateRange(Today.AddDays(-1), Today)));
    }

    [Fact]
    public async Task ALateChangeToAPrunedDayFirstBringsTheDayBackFromHistory()
    {
        await _history.SaveAsync(Campaign, [Cell(Pruned, 100, "35-44")], CancellationToken.None);
        var batch = Batch(Snapshot(Pruned, "25-34", 5));

        await _days.RestorePrunedAsync(batch);
        _state.State.Apply(batch, flushed: false);

        Assert.Equal(105, _state.State.Cells.Totals(Pruned, Pruned).Impressions);
    }

    private static KeyValuePair<MetricCell, MetricTotals> Cell(DateOnly day, long impressions, string age = "25-34")
    {
        var item = Snapshot(day, age, impressions);
        return new(item.Cell, item.Totals);
    }
}
