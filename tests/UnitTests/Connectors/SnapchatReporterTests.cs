using System.Globalization;
using System.Net;
using System.Text.Json;
using GrainMarketing.Connectors;
using GrainMarketing.Connectors.Platforms;
using GrainMarketing.Connectors.Sync;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Connectors;

/// <summary>Snapchat's campaigns and per-campaign stats, captured from tools/FakePlatforms, read into our cells and metadata.</summary>
public sealed class SnapchatReporterTests
{
    private const string Account = "da4d18d6-63a3-fa98-329a-0c7330971a1b";

    private static readonly DateOnly Since = new(2026, 12, 1);

    [Fact]
    public async Task EachCampaignsDailyStatsByAdSquadAgeAndGenderAddUpToTheTruthInMajorUnits()
    {
        var platform = new CannedPlatform(request => CannedPlatform.Json(request.RequestUri!.AbsolutePath.EndsWith("/stats", StringComparison.Ordinal)
            ? CannedPlatform.Captured($"snapchat-stats-{request.RequestUri.Segments[^2].TrimEnd('/')[..8]}.json")
            : CannedPlatform.Captured("snapchat-campaigns.json")));

        var report = await Reporter(platform).CellsAsync(Scope("Europe/Berlin"), Since, Since.AddDays(1), CancellationToken.None);

        var stats = platform.Requests.Skip(1).Select(CannedPlatform.Query).ToList();
        Assert.Equal(2, stats.Count);
        Assert.All(stats, q => Assert.Equal(
            ("DAY", "2026-12-01T00:00:00+01:00", "2026-12-03T00:00:00+01:00", "adsquad", "age,gender", "impressions,swipes,spend,conversion_purchases,conversion_purchases_value"),
            (q["granularity"], q["start_time"], q["end_time"], q["breakdown"], q["report_dimension"], q["fields"])));
        Assert.All(platform.Requests, r => Assert.Equal("Bearer token", r.Headers.Authorization!.ToString()));
        var truth = JsonDocument.Parse(CannedPlatform.Captured("snapchat-truth.json")).RootElement.GetProperty("rows").EnumerateArray()
            .ToDictionary(r => (r.GetProperty("entity").GetString()!, DateOnly.Parse(r.GetProperty("date").GetString()!, CultureInfo.InvariantCulture)), r => (
                r.GetProperty("impressions").GetInt64(), r.GetProperty("clicks").GetInt64(), decimal.Parse(r.GetProperty("spend").GetString()!, CultureInfo.InvariantCulture),
                (decimal)r.GetProperty("conversions").GetInt64(), decimal.Parse(r.GetProperty("conversionValue").GetString()!, CultureInfo.InvariantCulture)));
        var ours = report.Cells.GroupBy(c => (c.CampaignId, c.Cell.Date)).ToDictionary(g => g.Key, g => g.Aggregate(MetricTotals.Zero, (sum, c) => sum + c.Totals));
        Assert.Equal(truth.Keys.Order(), ours.Keys.Order());
        foreach (var (key, t) in ours)
        {
            Assert.Equal((key, truth[key]), (key, (t.Impressions, t.Clicks, t.Spend, t.Conversions, t.ConversionValue)));
        }

        // Two campaigns × two ad squads × two days × (18-24, 25-34, 35+) × (FEMALE, MALE, OTHER).
        Assert.Equal((72, 72), (report.Rows, report.Cells.Count));
        Assert.Equal(["18-24", "25-34", "unknown"], report.Cells.Select(c => c.Cell.Breakdown.Age!).Distinct().Order());
        Assert.Equal(["female", "male", "unknown"], report.Cells.Select(c => c.Cell.Breakdown.Gender!).Distinct().Order());
        Assert.All(report.Cells, c => Assert.True(c.Cell.AdSetId is { Length: > 0 } && c.Cell.AdId is null));
        Assert.Equal(MetricTotals.Reported(1741, null, 27, 23.03m, 2m, 193.80m), report.Cells
            .Where(c => c.CampaignId == "2a238477-eb73-f78e-2254-77e4b90e7910" && c.Cell.Date == Since && c.Cell.Breakdown == new Breakdown(Age: "18-24", Gender: "female"))
            .Aggregate(MetricTotals.Zero, (sum, c) => sum + c.Totals));
    }

    [Fact]
    public async Task CampaignsAreReadPageByPageFollowingTheNextLink()
    {
        var platform = new CannedPlatform(request => CannedPlatform.Json(CannedPlatform.Captured(
            CannedPlatform.Query(request)["cursor"] is null ? "snapchat-campaigns-page1.json" : "snapchat-campaigns-page2.json")));

        var campaigns = await Reporter(platform).CampaignsAsync(Scope("Europe/Berlin"), CancellationToken.None);

        Assert.Equal(55, campaigns.Count);
        Assert.Equal(55, campaigns.Select(c => c.Id).Distinct().Count());
        var next = JsonDocument.Parse(CannedPlatform.Captured("snapchat-campaigns-page1.json")).RootElement.GetProperty("paging").GetProperty("next_link").GetString();
        Assert.Equal(next, platform.Requests[1].RequestUri!.ToString());
        Assert.Equal((CampaignStatus.Active, CampaignStatus.Paused), (campaigns[0].Metadata.Status, campaigns[3].Metadata.Status));
    }

    [Fact]
    public async Task ACampaignsDailyBudgetInMicrosIsInMajorUnits()
    {
        var platform = new CannedPlatform(_ => CannedPlatform.Json(CannedPlatform.Captured("snapchat-campaigns.json")));

        var campaigns = await Reporter(platform).CampaignsAsync(Scope("Europe/Berlin"), CancellationToken.None);

        Assert.Equal(
            ("2a238477-eb73-f78e-2254-77e4b90e7910", new CampaignMetadata("DE | Prospecting | SALES", "SALES", CampaignStatus.Active, 339m, "EUR")),
            (campaigns[0].Id, campaigns[0].Metadata));
    }

    [Fact]
    public async Task TheDaysAreTheAccountsLocalMidnightsWithTheirOffset()
    {
        var platform = new CannedPlatform(request => CannedPlatform.Json(request.RequestUri!.AbsolutePath.EndsWith("/stats", StringComparison.Ordinal)
            ? """{"request_status":"SUCCESS","timeseries_stats":[]}"""
            : CannedPlatform.Captured("snapchat-campaigns.json")));

        await Reporter(platform).CellsAsync(Scope("America/New_York"), new DateOnly(2026, 3, 7), new DateOnly(2026, 3, 8), CancellationToken.None);

        var query = CannedPlatform.Query(platform.Requests[1]);
        Assert.Equal(("2026-03-07T00:00:00-05:00", "2026-03-09T00:00:00-04:00"), (query["start_time"], query["end_time"]));
    }

    [Fact]
    public async Task AnErrorAnswerStopsThePullAsSnapchatErrorReadsIt()
    {
        var platform = new CannedPlatform(_ => CannedPlatform.Json(Error("E3003", "The access token has expired"), HttpStatusCode.Unauthorized));

        var refused = await Assert.ThrowsAsync<GrantRefusedException>(() => Reporter(platform).CampaignsAsync(Scope("Europe/Berlin"), CancellationToken.None));

        Assert.Equal("The access token has expired", refused.Message);
    }

    private static SnapchatReporter Reporter(CannedPlatform platform) =>
        new(new HttpClient(platform), new PlatformEndpoints { ApiBaseUrl = new Uri("http://snapchat.test/"), ApiVersion = "v1" });

    private static ReportScope Scope(string zone) => new(Account, "token", "EUR", new RequestPacer(TimeProvider.System, 1_000_000), zone);

    private static string Error(string code, string debug) =>
        $$"""{"request_status":"ERROR","request_id":"r1","debug_message":"{{debug}}","display_message":"Something went wrong.","error_code":"{{code}}"}""";
}
