using GrainMarketing.Demographics;
using GrainMarketing.History;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.History;

/// <summary>
/// What every <see cref="IMetricHistory"/> promises, run once per implementation by a derived class:
/// <c>InMemoryMetricHistoryTests</c> here, and the PostgreSQL store's tests in the integration
/// tests, which compile this file too. Each test gets an empty store of its own.
/// </summary>
public abstract class MetricHistoryContract : IAsyncLifetime
{
    protected static readonly DateOnly Day = new(2026, 3, 10);
    protected static readonly CampaignKey Shoes = new("acme", AdPlatform.Meta, "916");
    private static readonly CampaignKey Boots = new("acme", AdPlatform.Meta, "917");
    private static readonly CampaignKey Search = new("acme", AdPlatform.Google, "5550001");
    private static readonly Breakdown Germany = new(Country: "DE");

    private IMetricHistory? _history;

    protected IMetricHistory History => _history ?? throw new InvalidOperationException("The store is created in InitializeAsync.");

    public async Task InitializeAsync() => _history = await CreateEmptyAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task SavedCellsLoadBackExactlyWithUnreportedDimensionsAsNullAndFractionsKept()
    {
        KeyValuePair<MetricCell, MetricTotals>[] cells =
        [
            new(new MetricCell(Day, Breakdown.None), new MetricTotals(12_000_000_000, 9_000, 310, 1234.5678m, 12.5m, 98765.4321m)),
            new(new MetricCell(Day, new Breakdown(Age: "25-34", Gender: "female"), "set-1", "ad-1"), new MetricTotals(100, 90, 3, 0.01m, 0.333333m, 7.5m)),
            new(new MetricCell(Day, new Breakdown(Country: "DE", Region: "Bavaria"), "set-1"), new MetricTotals(5, 5, 0, 0.3m, 0, 0)),
            new(new MetricCell(Day.AddDays(1), new Breakdown(Interest: "running", Placement: "feed")), MetricTotals.Zero),
        ];

        await History.SaveAsync(Shoes, cells, CancellationToken.None);

        Assert.Equal(Sorted(cells), Sorted(await History.LoadCellsAsync(Shoes, Day, Day.AddDays(1), CancellationToken.None)));
    }

    [Fact]
    public async Task SavingACellAgainReplacesItsTotalsInsteadOfAddingToThem()
    {
        var women = new MetricCell(Day, new Breakdown(Gender: "female"));
        var men = new MetricCell(Day, new Breakdown(Gender: "male"));
        await History.SaveAsync(Shoes, [new(women, new MetricTotals(100, 80, 10, 5m, 1m, 20m)), new(men, new MetricTotals(50, 40, 5, 2.5m, 0, 0))], CancellationToken.None);
        await History.SaveAsync(Shoes, [new(women, new MetricTotals(90, 70, 9, 4.5m, 1.5m, 30m))], CancellationToken.None);
        await History.SaveAsync(Shoes, [new(women, new MetricTotals(90, 70, 9, 4.5m, 1.5m, 30m)), new(men, MetricTotals.Zero)], CancellationToken.None);

        var loaded = await History.LoadCellsAsync(Shoes, Day, Day, CancellationToken.None);

        Assert.Equal(Sorted([new(women, new MetricTotals(90, 70, 9, 4.5m, 1.5m, 30m)), new(men, MetricTotals.Zero)]), Sorted(loaded));
        Assert.Equal([new PlatformDayTotals(AdPlatform.Meta, Day, new MetricTotals(90, 70, 9, 4.5m, 1.5m, 30m))], await History.LoadTenantDaysAsync("acme", Day, Day, CancellationToken.None));
    }

    [Fact]
    public async Task DateRangesIncludeBothEndsAndNothingBeyondThem()
    {
        await History.SaveAsync(Shoes, [.. Enumerable.Range(-1, 5).Select(offset => Cell(Day.AddDays(offset), Germany, 1))], CancellationToken.None);

        var cells = await History.LoadCellsAsync(Shoes, Day, Day.AddDays(2), CancellationToken.None);
        var days = await History.LoadTenantDaysAsync("acme", Day, Day.AddDays(2), CancellationToken.None);
        var segment = await History.LoadSegmentTotalsAsync(new SegmentKey("acme", Dimension.Country, "DE"), Day, Day.AddDays(2), CancellationToken.None);

        Assert.Equal([Day, Day.AddDays(1), Day.AddDays(2)], cells.Select(c => c.Key.Date));
        Assert.Equal([Day, Day.AddDays(1), Day.AddDays(2)], days.Select(d => d.Date));
        Assert.Equal(3, segment.Impressions);
        Assert.Empty(await History.LoadCellsAsync(Shoes, Day.AddDays(4), Day.AddDays(9), CancellationToken.None));
    }

    [Fact]
    public async Task TenantDaysSumAcrossCampaignsAndKeepPlatformsApart()
    {
        await History.SaveAsync(Shoes, [Cell(Day, Germany, 100, 1.25m), Cell(Day.AddDays(1), Germany, 7, 0.07m)], CancellationToken.None);
        await History.SaveAsync(Boots, [Cell(Day, Germany, 20, 0.5m)], CancellationToken.None);
        await History.SaveAsync(Search, [Cell(Day, Germany, 3, 9.99m)], CancellationToken.None);

        var days = await History.LoadTenantDaysAsync("acme", Day, Day.AddDays(1), CancellationToken.None);

        Assert.Equal(
            [
                new PlatformDayTotals(AdPlatform.Meta, Day, new MetricTotals(120, 0, 0, 1.75m, 0, 0)),
                new PlatformDayTotals(AdPlatform.Google, Day, new MetricTotals(3, 0, 0, 9.99m, 0, 0)),
                new PlatformDayTotals(AdPlatform.Meta, Day.AddDays(1), new MetricTotals(7, 0, 0, 0.07m, 0, 0)),
            ],
            days);
    }

    [Fact]
    public async Task SegmentTotalsSumTheTenantsCellsWithTheSegmentsValueAndTheCrossAlsoMatchesGender()
    {
        await History.SaveAsync(Shoes, [Cell(Day, new("25-34", "female"), 100, 1.5m), Cell(Day, new("25-34", "male"), 50), Cell(Day, new("35-44", "female"), 30)], CancellationToken.None);
        await History.SaveAsync(Search, [Cell(Day.AddDays(1), new("25-34", "female"), 7, 0.25m), Cell(Day, Germany, 1000)], CancellationToken.None);

        async Task<MetricTotals> Segment(Dimension dimension, string value, string? gender = null) =>
            await History.LoadSegmentTotalsAsync(new SegmentKey("acme", dimension, value, gender), Day, Day.AddDays(1), CancellationToken.None);

        Assert.Equal(new MetricTotals(157, 0, 0, 1.75m, 0, 0), await Segment(Dimension.Age, "25-34"));
        Assert.Equal(new MetricTotals(137, 0, 0, 1.75m, 0, 0), await Segment(Dimension.Gender, "female"));
        Assert.Equal(new MetricTotals(107, 0, 0, 1.75m, 0, 0), await Segment(Dimension.Age, "25-34", "female"));
        Assert.Equal(new MetricTotals(30, 0, 0, 0, 0, 0), await Segment(Dimension.Age, "35-44", "female"));
        Assert.Equal(new MetricTotals(1000, 0, 0, 0, 0, 0), await Segment(Dimension.Country, "DE"));
        Assert.Equal(MetricTotals.Zero, await Segment(Dimension.Age, "65+"));
    }

    [Fact]
    public async Task CampaignDaysSumEachAskedCampaignsCellsPerDayAndKeepToTheSegmentWhenGiven()
    {
        await History.SaveAsync(Shoes, [Cell(Day, new("25-34", "female"), 100, 1.5m), Cell(Day, new("25-34", "male"), 50, 0.5m), Cell(Day.AddDays(1), Germany, 7)], CancellationToken.None);
        await History.SaveAsync(Boots, [Cell(Day, new("25-34", "female"), 20, 2m)], CancellationToken.None);
        await History.SaveAsync(Search, [Cell(Day, new("25-34", "female"), 3, 9.99m)], CancellationToken.None);

        var all = await History.LoadCampaignDaysAsync([Shoes, Search], Day, Day.AddDays(1), segment: null, CancellationToken.None);
        var female = await History.LoadCampaignDaysAsync([Shoes, Search], Day, Day.AddDays(1), new SegmentKey("acme", Dimension.Gender, "female"), CancellationToken.None);

        Assert.Equal(
            [
                new CampaignDayTotals(Search, Day, new MetricTotals(3, 0, 0, 9.99m, 0, 0)),
                new CampaignDayTotals(Shoes, Day, new MetricTotals(150, 0, 0, 2m, 0, 0)),
                new CampaignDayTotals(Shoes, Day.AddDays(1), new MetricTotals(7, 0, 0, 0, 0, 0)),
            ],
            all.OrderBy(d => d.Campaign.ToString(), StringComparer.Ordinal).ThenBy(d => d.Date));
        Assert.Equal(
            [new CampaignDayTotals(Search, Day, new MetricTotals(3, 0, 0, 9.99m, 0, 0)), new CampaignDayTotals(Shoes, Day, new MetricTotals(100, 0, 0, 1.5m, 0, 0))],
            female.OrderBy(d => d.Campaign.ToString(), StringComparer.Ordinal));
        Assert.Empty(await History.LoadCampaignDaysAsync([Shoes with { Tenant = "globex" }], Day, Day.AddDays(1), segment: null, CancellationToken.None));
    }

    [Fact]
    public async Task ATenantNeverSeesAnotherTenantsRows()
    {
        var rival = Shoes with { Tenant = "globex" };
        await History.SaveAsync(Shoes, [Cell(Day, new("25-34", "female"), 10)], CancellationToken.None);
        await History.SaveAsync(rival, [Cell(Day, new("25-34", "female"), 1), Cell(Day.AddDays(1), Germany, 2)], CancellationToken.None);

        Assert.Equal([10L], (await History.LoadCellsAsync(Shoes, Day, Day.AddDays(1), CancellationToken.None)).Select(c => c.Value.Impressions));
        Assert.Equal([10L], (await History.LoadTenantDaysAsync("acme", Day, Day.AddDays(1), CancellationToken.None)).Select(d => d.Totals.Impressions));
        Assert.Equal(10, (await History.LoadSegmentTotalsAsync(new SegmentKey("acme", Dimension.Age, "25-34", "female"), Day, Day.AddDays(1), CancellationToken.None)).Impressions);
        Assert.Empty(await History.LoadTenantDaysAsync("initech", Day, Day.AddDays(1), CancellationToken.None));
    }

    [Fact]
    public async Task ABatchOfTwentyThousandCellsSavesInOneCall()
    {
        KeyValuePair<MetricCell, MetricTotals>[] cells =
        [
            .. from day in Enumerable.Range(0, 20)
               from ad in Enumerable.Range(0, 1000)
               select new KeyValuePair<MetricCell, MetricTotals>(
                   new MetricCell(Day.AddDays(day), Breakdown.None, "set-1", $"ad-{ad}"), new MetricTotals(ad, 0, 1, 0.01m, 0, 0)),
        ];

        await History.SaveAsync(Shoes, cells, CancellationToken.None);

        Assert.Equal(20_000, (await History.LoadCellsAsync(Shoes, Day, Day.AddDays(19), CancellationToken.None)).Count);
        var days = await History.LoadTenantDaysAsync("acme", Day, Day.AddDays(19), CancellationToken.None);
        Assert.Equal(20, days.Count);
        Assert.All(days, day => Assert.Equal(new MetricTotals(499_500, 0, 1000, 10m, 0, 0), day.Totals));
    }

    /// <summary>A store with nothing saved in it, for one test.</summary>
    protected abstract Task<IMetricHistory> CreateEmptyAsync();

    /// <summary>A campaign-level cell with only impressions and spend.</summary>
    protected static KeyValuePair<MetricCell, MetricTotals> Cell(DateOnly date, Breakdown breakdown, long impressions, decimal spend = 0) =>
        new(new MetricCell(date, breakdown), new MetricTotals(impressions, 0, 0, spend, 0, 0));

    private static List<KeyValuePair<MetricCell, MetricTotals>> Sorted(IEnumerable<KeyValuePair<MetricCell, MetricTotals>> cells) =>
        [.. cells.OrderBy(c => c.Key.ToString(), StringComparer.Ordinal)];
}
