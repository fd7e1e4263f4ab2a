using System.Text;
using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Benchmarks;
using GrainMarketing.Metrics;
using Microsoft.Extensions.Options;

namespace GrainMarketing.UnitTests.Insights.Benchmarks;

public sealed class BenchmarkTableTests
{
    private static readonly BenchmarkTable Shipped = BenchmarkTable.From(Options.Create(new BenchmarkOptions()));

    [Fact]
    public void EveryShippedFigureNamesASourceWithAnAddressAndAPublicationDate()
    {
        Assert.NotEmpty(Shipped.Catalog.Industries);
        Assert.All(Shipped.Catalog.Sources, source =>
        {
            Assert.StartsWith("https://", source.Url, StringComparison.Ordinal);
            Assert.Matches(@"^\d{4}(-\d{2}-\d{2})?$", source.Published);
        });
        Assert.Equal("USD", Shipped.Catalog.Currency);
    }

    [Fact]
    public void RatesArePublishedInPercentAndHeldAsRatiosNewestSourceFirst()
    {
        var ctr = Shipped.Figures("real-estate", AdPlatform.Google, "ctr");

        Assert.Equal([(0.092m, "average", "2024"), (0.0775m, "median", "2021-10-13")],
            ctr.Select(f => (f.Value, f.Statistic, f.Source.Published)));
    }

    [Fact]
    public void ATableWithARowOfAnUnknownIndustryIsRefusedAtLoad()
    {
        const string json = """
            { "industries": [ { "id": "travel", "name": "Travel" } ],
              "sources": [ { "id": "s", "title": "t", "url": "https://example.org", "published": "2024" } ],
              "rows": [ { "industry": "toys", "platform": "google", "metric": "ctr", "statistic": "average", "value": 5, "source": "s" } ] }
            """;

        var refused = Assert.Throws<InvalidOperationException>(() => BenchmarkTable.Load(new MemoryStream(Encoding.UTF8.GetBytes(json)), "test.json"));

        Assert.Contains("row 0 names no known industry", refused.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void AComparisonNamesPlatformsAndKpisWithoutFiguresAndLeavesMoneyUncomparedInAnotherCurrency()
    {
        var range = new DateRange(new DateOnly(2026, 11, 1), new DateOnly(2026, 11, 30));
        var google = new MetricTotals(100_000, 0, 5_000, 10_000m, 250m, 0m);
        var tiktok = new MetricTotals(50_000, 0, 500, 400m, 10m, 0m);

        var report = BenchmarkComparison.Compare(Shipped, "real-estate", "EUR", range,
            [new PlatformTotals(AdPlatform.Google, google, null!, []), new PlatformTotals(AdPlatform.TikTok, tiktok, null!, [])]);

        var platform = Assert.Single(report.Platforms);
        Assert.Equal(AdPlatform.Google, platform.Platform);
        var ctr = platform.Metrics.Single(m => m.Metric == "ctr");
        // 5% against Real Estate's 9.20% (2024 average): below, worse, and sure with 100,000 impressions.
        Assert.Equal(("below", "average", 0.092m, false, true), (ctr.Industry!.Position, ctr.Industry.Against, ctr.Industry.Reference, ctr.Industry.Better, ctr.Industry.Sure));
        Assert.Equal([0.0775m], ctr.Earlier.Select(f => f.Value));
        var cpc = platform.Metrics.Single(m => m.Metric == "cpc");
        Assert.Null(cpc.Industry);
        Assert.Contains("EUR", cpc.Note, StringComparison.Ordinal);
        Assert.Equal(4, report.Missing.Count(m => m.Platform == AdPlatform.TikTok));
        Assert.Contains(report.Missing, m => m.Platform == AdPlatform.Google && m.Metric == "cpa");
    }
}
