using System.Globalization;
using System.Text.Json;
using GrainMarketing.Connectors;
using GrainMarketing.Connectors.Platforms;
using GrainMarketing.Connectors.Sync;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Connectors;

/// <summary>TikTok's campaigns and AUDIENCE report, captured from tools/FakePlatforms, read into our cells and metadata.</summary>
public sealed class TikTokReporterTests
{
    private const string Advertiser = "7553939146272996527";

    private static readonly DateOnly Day = new(2026, 12, 1);

    [Fact]
    public async Task EveryPageOfTheAudienceReportBecomesCellsThatAddUpToTheTruthPerCampaign()
    {
        var platform = new CannedPlatform(request => CannedPlatform.Json(
            CannedPlatform.Captured($"tiktok-report-page{CannedPlatform.Query(request)["page"]}.json")));

        var report = await Reporter(platform).CellsAsync(Scope(), Day, Day, CancellationToken.None);

        Assert.Equal(["1", "2", "3"], platform.Requests.Select(r => CannedPlatform.Query(r)["page"]));
        Assert.All(platform.Requests, r =>
        {
            var query = CannedPlatform.Query(r);
            Assert.Equal(("/open_api/v1.3/report/integrated/get/", "token", "AUDIENCE", "AUCTION_AD", """["ad_id","stat_time_day","age","gender"]""", "1000"),
                (r.RequestUri!.AbsolutePath, r.Headers.GetValues("Access-Token").Single(), query["report_type"], query["data_level"], query["dimensions"], query["page_size"]));
        });
        Assert.Equal(120, report.Rows);
        Assert.Equal(120, report.Cells.Count);
        var truth = JsonDocument.Parse(CannedPlatform.Captured("tiktok-truth.json")).RootElement.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => r.GetProperty("entity").GetString()!, r => (
                r.GetProperty("impressions").GetInt64(), r.GetProperty("clicks").GetInt64(), decimal.Parse(r.GetProperty("spend").GetString()!, CultureInfo.InvariantCulture),
                (decimal)r.GetProperty("conversions").GetInt64(), decimal.Parse(r.GetProperty("conversionValue").GetString()!, CultureInfo.InvariantCulture)));
        var ours = report.Cells.GroupBy(c => c.CampaignId).ToDictionary(g => g.Key, g => g.Aggregate(MetricTotals.Zero, (sum, c) => sum + c.Totals));
        Assert.Equal(truth.Keys.Order(), ours.Keys.Order());
        foreach (var (campaign, t) in ours)
        {
            Assert.Equal(truth[campaign], (t.Impressions, t.Clicks, t.Spend, t.Conversions, t.ConversionValue));
        }

        Assert.All(report.Cells, c => Assert.Equal(Day, c.Cell.Date));
        Assert.All(report.Cells, c => Assert.True(c.Cell.AdSetId is { Length: > 0 } && c.Cell.AdId is { Length: > 0 }));
        Assert.Equal(["18-24", "25-34", "35-44", "45-54", "unknown"], report.Cells.Select(c => c.Cell.Breakdown.Age!).Distinct().Order());
        Assert.Equal(["female", "male", "unknown"], report.Cells.Select(c => c.Cell.Breakdown.Gender!).Distinct().Order());
        var first = report.Cells[0];
        Assert.Equal(("1758901466636360867", "1799991764456813668", "1727334038955039866", "18-24", "female"),
            (first.CampaignId, first.Cell.AdSetId, first.Cell.AdId, first.Cell.Breakdown.Age, first.Cell.Breakdown.Gender));
        Assert.Equal(MetricTotals.Reported(443, null, 8, 3.82m, 1m, 80.21m), first.Totals);
    }

    [Fact]
    public async Task CampaignsCarryTheirNameObjectiveStatusAndDailyBudgetInMajorUnits()
    {
        var platform = new CannedPlatform(_ => CannedPlatform.Json(CannedPlatform.Captured("tiktok-campaigns.json")));

        var campaigns = await Reporter(platform).CampaignsAsync(Scope(), CancellationToken.None);

        Assert.Equal("/open_api/v1.3/campaign/get/", platform.Requests.Single().RequestUri!.AbsolutePath);
        Assert.Equal(Advertiser, CannedPlatform.Query(platform.Requests.Single())["advertiser_id"]);
        var first = campaigns[0];
        Assert.Equal(("1758901466636360867", new CampaignMetadata("DE | Prospecting | WEB_CONVERSIONS", "WEB_CONVERSIONS", CampaignStatus.Active, 241m, "EUR")), (first.Id, first.Metadata));
        Assert.Equal(2, campaigns.Count);
    }

    [Theory]
    [InlineData("DISABLE", "CAMPAIGN_STATUS_DISABLE", "BUDGET_MODE_DAY", "12.5", CampaignStatus.Paused, "12.50")]
    [InlineData("ENABLE", "CAMPAIGN_STATUS_DELETE", "BUDGET_MODE_DAY", "40", CampaignStatus.Archived, "40")]
    [InlineData("ENABLE", "CAMPAIGN_STATUS_ENABLE", "BUDGET_MODE_TOTAL", "900", CampaignStatus.Active, null)]
    [InlineData("ENABLE", "CAMPAIGN_STATUS_ENABLE", "BUDGET_MODE_INFINITE", "0", CampaignStatus.Active, null)]
    public async Task OnlyADailyBudgetIsADailyBudgetAndADeletedCampaignIsArchived(string operation, string secondary, string mode, string budget, CampaignStatus status, string? daily)
    {
        var answer = $$$$"""{"code":0,"message":"OK","data":{"list":[{"campaign_id":"c1","campaign_name":"n","objective_type":"TRAFFIC","budget_mode":"{{{{mode}}}}","budget":{{{{budget}}}},"operation_status":"{{{{operation}}}}","secondary_status":"{{{{secondary}}}}"}],"page_info":{"page":1,"page_size":1000,"total_number":1,"total_page":1}}}""";

        var campaign = Assert.Single(await Reporter(new CannedPlatform(_ => CannedPlatform.Json(answer))).CampaignsAsync(Scope(), CancellationToken.None));

        Assert.Equal((status, daily is null ? null : decimal.Parse(daily, CultureInfo.InvariantCulture)), (campaign.Metadata.Status, campaign.Metadata.DailyBudget));
    }

    [Fact]
    public async Task TooMuchDataHalvesTheWindowUntilEachHalfIsAnswered()
    {
        var platform = new CannedPlatform(request =>
        {
            var (start, end) = Window(request);
            return CannedPlatform.Json(end.DayNumber - start.DayNumber >= 2
                ? """{"code":40067,"message":"Too much data. Please narrow the query.","data":{}}"""
                : Rows(start, end));
        });

        var report = await Reporter(platform).CellsAsync(Scope(), Day, Day.AddDays(7), CancellationToken.None);

        Assert.Equal(
            [(1, 8), (1, 4), (1, 2), (3, 4), (5, 8), (5, 6), (7, 8)],
            platform.Requests.Select(Window).Select(w => (w.Start.Day, w.End.Day)));
        Assert.Equal(Enumerable.Range(0, 8).Select(Day.AddDays), report.Cells.Select(c => c.Cell.Date).Order());
    }

    [Fact]
    public async Task ASingleDayThatIsTooMuchDataFailsThePull()
    {
        var platform = new CannedPlatform(_ => CannedPlatform.Json("""{"code":40067,"message":"Too much data.","data":{}}"""));

        var failure = await Assert.ThrowsAsync<PlatformAnswerException>(() => Reporter(platform).CellsAsync(Scope(), Day, Day.AddDays(1), CancellationToken.None));

        Assert.Contains("40067", failure.Message, StringComparison.Ordinal);
        Assert.Equal(2, platform.Requests.Count);
    }

    [Fact]
    public async Task AWindowLongerThanThirtyDaysIsAskedForInThirtyDayReports()
    {
        var platform = new CannedPlatform(request => CannedPlatform.Json(Rows(Window(request).Start, Window(request).End)));

        await Reporter(platform).CellsAsync(Scope(), Day, Day.AddDays(44), CancellationToken.None);

        Assert.Equal([(Day, Day.AddDays(29)), (Day.AddDays(30), Day.AddDays(44))], platform.Requests.Select(Window));
    }

    [Fact]
    public async Task RowsThatLandOnOneCellAreAddedNotReplaced()
    {
        const string Answer = """
            {"code":0,"message":"OK","data":{"list":[
             {"dimensions":{"ad_id":"a1","stat_time_day":"2026-12-01 00:00:00","age":"AGE_55_100","gender":"FEMALE"},"metrics":{"campaign_id":"c1","adgroup_id":"g1","impressions":"100","clicks":"3","spend":"1.25","complete_payment":"1","total_complete_payment_rate":"10.00"}},
             {"dimensions":{"ad_id":"a1","stat_time_day":"2026-12-01 00:00:00","age":"NONE","gender":"FEMALE"},"metrics":{"campaign_id":"c1","adgroup_id":"g1","impressions":"50","clicks":"1","spend":"0.75","complete_payment":"0","total_complete_payment_rate":"0.00"}}],
             "page_info":{"page":1,"page_size":1000,"total_number":2,"total_page":1}}}
            """;

        var report = await Reporter(new CannedPlatform(_ => CannedPlatform.Json(Answer))).CellsAsync(Scope(), Day, Day, CancellationToken.None);

        var cell = Assert.Single(report.Cells);
        Assert.Equal((2, "unknown", "female"), (report.Rows, cell.Cell.Breakdown.Age, cell.Cell.Breakdown.Gender));
        Assert.Equal((150L, 4L, 2.00m, 1m, 10.00m), (cell.Totals.Impressions, cell.Totals.Clicks, cell.Totals.Spend, cell.Totals.Conversions, cell.Totals.ConversionValue));
    }

    [Fact]
    public async Task AnErrorCodeStopsThePullAsTikTokErrorReadsIt()
    {
        var platform = new CannedPlatform(_ => CannedPlatform.Json("""{"code":40133,"message":"Too many requests.","data":{}}"""));

        var throttled = await Assert.ThrowsAsync<PlatformThrottledException>(() => Reporter(platform).CellsAsync(Scope(), Day, Day, CancellationToken.None));

        Assert.Equal((TikTokError.QpsLimitWait, "Too many requests."), (throttled.RetryAfter, throttled.Message));
    }

    private static TikTokReporter Reporter(CannedPlatform platform) =>
        new(new HttpClient(platform), new PlatformEndpoints { ApiBaseUrl = new Uri("http://tiktok.test/"), ApiVersion = "v1.3" });

    private static ReportScope Scope() => new(Advertiser, "token", "EUR", new RequestPacer(TimeProvider.System, 1_000_000), "Europe/Berlin");

    private static (DateOnly Start, DateOnly End) Window(HttpRequestMessage request)
    {
        var query = CannedPlatform.Query(request);
        return (DateOnly.ParseExact(query["start_date"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture), DateOnly.ParseExact(query["end_date"]!, "yyyy-MM-dd", CultureInfo.InvariantCulture));
    }

    /// <summary>One row a day of the window, in the report's envelope.</summary>
    private static string Rows(DateOnly start, DateOnly end)
    {
        var rows = Enumerable.Range(0, end.DayNumber - start.DayNumber + 1).Select(i => start.AddDays(i)).Select(day => $$$"""
            {"dimensions":{"ad_id":"a1","stat_time_day":"{{{day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}}} 00:00:00","age":"AGE_25_34","gender":"MALE"},"metrics":{"campaign_id":"c1","adgroup_id":"g1","impressions":"100","clicks":"2","spend":"1.50","complete_payment":"1","total_complete_payment_rate":"20.00"}}
            """);
        return $$$$"""{"code":0,"message":"OK","data":{"list":[{{{{string.Join(',', rows)}}}}],"page_info":{"page":1,"page_size":1000,"total_number":{{{{end.DayNumber - start.DayNumber + 1}}}},"total_page":1}}}""";
    }
}
