using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.ApiHost.Ingestion.Csv;
using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Reach;

public sealed class ReachTests
{
    private static readonly DateOnly Day = new(2026, 11, 16);
    private static readonly CampaignKey Campaign = new("acme", AdPlatform.Meta, "c-1");

    [Fact]
    public void SevenDaysOfReachOneHundredAnswerNoReachAndADailySumOfSevenHundred()
    {
        var cells = SevenDays();

        var week = cells.Totals(Day, Day.AddDays(6));

        Assert.Null(week.Reach);
        Assert.Equal(700, week.ReachDailySum);
        Assert.Null(week.Kpis.Frequency);
    }

    [Fact]
    public void ASingleDayAnswersTheReachItReportedAndItsFrequency()
    {
        var day = SevenDays().Totals(Day.AddDays(3), Day.AddDays(3));

        Assert.Equal(100, day.Reach);
        Assert.Equal(100, day.ReachDailySum);
        Assert.Equal(2.5m, day.Kpis.Frequency);
    }

    [Fact]
    public void TwoCampaignsOnOneDayAnswerNoReachAndADailySumOfTwoHundred()
    {
        var rollup = new TenantRollupState();
        var other = Campaign with { CampaignId = "c-2" };
        var reported = MetricTotals.Reported(250, 100, 5, 1m, 0, 0);

        rollup.Apply(Campaign, 1, [new PlatformDelta(AdPlatform.Meta, Day, reported, [Dimensions.None])], DateTimeOffset.UnixEpoch, Day.AddDays(-30));
        rollup.Apply(other, 1, [new PlatformDelta(AdPlatform.Meta, Day, reported, [Dimensions.None])], DateTimeOffset.UnixEpoch, Day.AddDays(-30));

        var tenant = rollup.Days[AdPlatform.Meta][Day];
        Assert.Null(tenant.Reach);
        Assert.Equal(200, tenant.ReachDailySum);
    }

    [Fact]
    public void ARestatedDayStillHoldsOneReportAndPropagatesNoExtraReport()
    {
        var cells = new CampaignCells();
        var first = cells.Apply(Item(Day, MetricTotals.Reported(250, 100, 5, 1m, 0, 0)));
        var restated = cells.Apply(Item(Day, MetricTotals.Reported(300, 120, 6, 1m, 0, 0)));

        Assert.Equal(120, cells.Totals(Day, Day).Reach);
        Assert.Equal((1, 0), (first.ReachReports, restated.ReachReports));
        Assert.Equal(120, (first + restated).Reach);
    }

    [Fact]
    public void ADayWithoutReportedReachHasNoReach()
    {
        var cells = new CampaignCells();
        cells.Apply(Item(Day, MetricTotals.Reported(250, null, 5, 1m, 0, 0)));

        Assert.Null(cells.Totals(Day, Day).Reach);
        Assert.Equal(0, cells.Totals(Day, Day).ReachDailySum);
    }

    [Fact]
    public void APeriodReachAnswersExactlyItsPeriodAndEntity()
    {
        var state = new CampaignState();
        var week = new DateRange(Day, Day.AddDays(6));
        state.Apply(new MetricBatch(Campaign, DateTimeOffset.UnixEpoch, [.. SevenItems()], PeriodReach: [new PeriodReach(week, 420), new PeriodReach(week, 90, AdId: "ad-1")]), flushed: false);
        state.Apply(new MetricBatch(Campaign, DateTimeOffset.UnixEpoch, [], PeriodReach: [new PeriodReach(week, 430)]), flushed: false);

        Assert.Equal(430, state.PeriodReach.For(week));
        Assert.Equal(90, state.PeriodReach.For(week, adId: "ad-1"));
        Assert.Null(state.PeriodReach.For(new DateRange(Day, Day.AddDays(5))));
        var answered = state.Cells.Totals(Day, Day.AddDays(6)).WithPeriodReach(430);
        Assert.Equal((430L, 700L), (answered.Reach!.Value, answered.ReachDailySum));
        Assert.Equal(Math.Round(1_750m / 430, Kpis.Decimals), answered.Kpis.Frequency);
        Assert.Null((answered + MetricTotals.Zero).Reach);
    }

    [Fact]
    public void PeriodReachKeepsOnlyTheNewestPeriods()
    {
        var reaches = new PeriodReaches();
        reaches.Record(Enumerable.Range(0, PeriodReaches.MaxKept + 10).Select(i => new PeriodReach(new DateRange(Day.AddDays(i), Day.AddDays(i + 6)), i)));

        Assert.Equal(PeriodReaches.MaxKept, reaches.Count);
        Assert.Null(reaches.For(new DateRange(Day, Day.AddDays(6))));
        Assert.Equal(PeriodReaches.MaxKept + 9, reaches.For(new DateRange(Day.AddDays(PeriodReaches.MaxKept + 9), Day.AddDays(PeriodReaches.MaxKept + 15))));
    }

    [Fact]
    public void ArrivalsOfTheLastMinutesHaveNoReach()
    {
        var state = new CampaignState();
        state.Apply(new MetricBatch(Campaign, DateTimeOffset.UnixEpoch, [Item(Day, MetricTotals.Reported(250, 100, 5, 1m, 0, 0))]), flushed: false);

        var recent = state.Recent.Sum(DateTimeOffset.UnixEpoch, 15);
        Assert.Equal((null, 100L), (recent.Reach, recent.ReachDailySum));
    }

    [Fact]
    public void AFrequencyRuleOverSevenDaysCannotUseADailySumButADayRuleJudgesTheDaysReach()
    {
        var cells = SevenDays();
        var windows = new WindowTotals(cells.Totals, new RecentBuckets(), Day.AddDays(6), new DateTimeOffset(Day.AddDays(6), new TimeOnly(12, 0), TimeSpan.Zero), null);
        var weekly = new RuleDefinition("freq", [new RuleCondition(RuleMetric.Frequency, "7d", RuleComparator.GreaterThan, 2)], [new RuleAction(RuleActionType.Pause)]);
        var daily = weekly with { Conditions = [new RuleCondition(RuleMetric.Frequency, "today", RuleComparator.GreaterThan, 2)] };

        var week = RuleEvaluator.Evaluate(weekly, windows);
        var today = RuleEvaluator.Evaluate(daily, windows);

        Assert.False(week.Holds);
        Assert.Null(week.Conditions[0].Value);
        Assert.True(today.Holds);
        Assert.Equal(2.5m, today.Conditions[0].Value);
    }

    [Fact]
    public void ANewRuleOnReachOrFrequencyMustJudgeOneReportedDay()
    {
        var rule = new RuleDefinition("freq", [new RuleCondition(RuleMetric.Frequency, "7d", RuleComparator.GreaterThan, 2), new RuleCondition(RuleMetric.Reach, "24h", RuleComparator.LessThan, 10)],
            [new RuleAction(RuleActionType.Pause)]);

        Assert.Equal(["conditions[0].window", "conditions[1].window"], RuleValidation.Validate(rule).Keys.Order(StringComparer.Ordinal));
        Assert.Empty(RuleValidation.Validate(rule with { Conditions = [new RuleCondition(RuleMetric.Frequency, "today", RuleComparator.GreaterThan, 2)] }));
    }

    [Fact]
    public void AnIngestedRecordCountsItsReachAsOneReportOnlyWhenItCarriesOne()
    {
        var batches = Map(new MetricRecord("meta", "c-1", "2026-11-16", Impressions: 10, Reach: 8), new MetricRecord("meta", "c-1", "2026-11-17", Impressions: 10));

        Assert.Equal([1, 0], batches.Single().Items.Select(i => i.Totals.ReachReports));
    }

    [Fact]
    public void APeriodRecordBecomesThePeriodsReachAndAddsNoCell()
    {
        var batch = Map(new MetricRecord("meta", "c-1", "2026-11-10", Reach: 420, DateStop: "2026-11-16", AdId: "ad-1")).Single();

        Assert.Empty(batch.Items);
        Assert.Equal([new PeriodReach(new DateRange(new DateOnly(2026, 11, 10), Day), 420, AdId: "ad-1")], batch.PeriodReach);
    }

    [Fact]
    public void APeriodRecordRefusesNumbersThatWouldCountItsDaysTwiceNamingEachField()
    {
        var errors = new ValidationErrors();

        MetricRecordMapper.ToBatches("acme", [new MetricRecord("meta", "c-1", "2026-11-10", Impressions: 5, Age: "25-34", DateStop: "2026-11-16")], Received, 90, errors);
        MetricRecordMapper.ToBatches("acme", [new MetricRecord("meta", "c-1", "2026-11-10", Reach: 5, DateStop: "2026-11-09")], Received, 90, errors);

        Assert.Equal(["items[0].impressions", "items[0].age", "items[0].reach", "items[0].dateStop"], errors.Fields);
    }

    [Fact]
    public void AMetaExportOverAReportingPeriodImportsThePeriodsReachAndAOneDayPeriodAsThatDay()
    {
        const string csv =
            "Campaign name,Ad name,Reporting starts,Reporting ends,Impressions,Reach,Link clicks,Amount spent (EUR)\n"
            + "Autumn,Video A,2026-11-10,2026-11-16,9000,4200,90,50.00\n"
            + "Autumn,Video A,2026-11-16,2026-11-16,1300,1000,12,7.10\n";

        var result = MetricCsvImporter.Import(System.Text.Encoding.UTF8.GetBytes(csv), new CsvImportOptions());

        Assert.True(result.Succeeded);
        Assert.Equal("Meta Ads Manager, reporting period", result.Layout);
        Assert.Equal(
            [
                new MetricRecord("meta", "Autumn", "2026-11-10", CampaignName: "Autumn", AdId: "Video A", AdName: "Video A", Reach: 4_200, Currency: "EUR", DateStop: "2026-11-16"),
                new MetricRecord("meta", "Autumn", "2026-11-16", CampaignName: "Autumn", AdId: "Video A", AdName: "Video A", Impressions: 1_300, Reach: 1_000,
                    Clicks: 12, Spend: 7.10m, Conversions: null, ConversionValue: null, Kind: "snapshot", Currency: "EUR"),
            ],
            result.Records);
    }

    private static readonly DateTimeOffset Received = new(2026, 11, 20, 9, 0, 0, TimeSpan.Zero);

    private static IReadOnlyList<MetricBatch> Map(params MetricRecord[] records)
    {
        var errors = new ValidationErrors();
        var batches = MetricRecordMapper.ToBatches("acme", records, Received, 90, errors);
        Assert.True(errors.IsEmpty, string.Join(", ", errors.Fields));
        return batches;
    }

    private static CampaignCells SevenDays()
    {
        var cells = new CampaignCells();
        foreach (var item in SevenItems())
        {
            cells.Apply(item);
        }

        return cells;
    }

    private static IEnumerable<MetricItem> SevenItems() =>
        Enumerable.Range(0, 7).Select(d => Item(Day.AddDays(d), MetricTotals.Reported(250, 100, 5, 1m, 0, 0)));

    private static MetricItem Item(DateOnly day, MetricTotals totals) => new(new MetricCell(day, Breakdown.None), totals, MetricKind.Snapshot);
}
