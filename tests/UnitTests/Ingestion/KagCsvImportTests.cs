using System.Globalization;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.ApiHost.Ingestion.Csv;

namespace GrainMarketing.UnitTests.Ingestion;

/// <summary>The real Kaggle KAG export (bare CR line ends, no final line break, no dates).</summary>
public sealed class KagCsvImportTests
{
    private static readonly CsvImportOptions OnNovember20 = new(new DateOnly(2026, 11, 20));

    private static string KagPath => SharedData.Path("fb-ad-conversions", "KAG_conversion_data.csv");

    [Fact]
    public void EveryRowOfTheRealFileIsReadWithExactTotals()
    {
        using var file = File.OpenRead(KagPath);

        var result = MetricCsvImporter.Import(file, OnNovember20);

        Assert.True(result.Succeeded);
        Assert.Empty(result.Errors);
        Assert.Equal("Kaggle KAG Facebook ads", result.Layout);
        Assert.Null(result.Currency);
        Assert.Equal(1_143, result.Records.Count);
        Assert.Equal(213_434_828L, result.Records.Sum(r => r.Impressions));
        Assert.Equal(38_165L, result.Records.Sum(r => r.Clicks));
        Assert.Equal(1_079m, result.Records.Sum(r => r.Conversions));
        Assert.Equal(
            [("1178", 625), ("916", 54), ("936", 464)],
            result.Records.GroupBy(r => r.CampaignId!).Select(g => (g.Key, g.Count())).Order());
        Assert.All(result.Records, r => Assert.Equal(("meta", "2026-11-20", "snapshot"), (r.Platform, r.Date, r.Kind)));
        Assert.All(result.Records, r => Assert.Null(r.Reach));
        Assert.All(result.Records, r => Assert.Null(r.ConversionValue));
    }

    [Fact]
    public void SpendIsTheExactDecimalSumOfTheSpentColumn()
    {
        var expected = File.ReadAllText(KagPath).Split('\r').Skip(1)
            .Sum(line => decimal.Parse(line.Split(',')[8], CultureInfo.InvariantCulture));

        var spend = MetricCsvImporter.Import(File.ReadAllBytes(KagPath), OnNovember20).Records.Sum(r => r.Spend!.Value);

        Assert.Equal(expected, spend);
        Assert.Equal(58_705.23m, Math.Round(spend, 2));
    }

    [Fact]
    public void ARowMapsAdCampaignAndAudienceAndKeepsSpendAsWritten()
    {
        var records = MetricCsvImporter.Import(File.ReadAllBytes(KagPath), OnNovember20).Records;

        Assert.Equal(
            new MetricRecord("meta", "916", "2026-11-20", AdSetId: "103916", AdId: "708746", Age: "30-34", Gender: "M", Interest: "15",
                Impressions: 7_350, Clicks: 1, Spend: 1.429999948m, Conversions: 1m, Kind: "snapshot"),
            records[0]);
        Assert.Equal("1.429999948", records[0].Spend!.Value.ToString(CultureInfo.InvariantCulture));
        Assert.Equal(
            new MetricRecord("meta", "1178", "2026-11-20", AdSetId: "179982", AdId: "1314415", Age: "45-49", Gender: "F", Interest: "114",
                Impressions: 513_161, Clicks: 114, Spend: 165.6099987m, Conversions: 2m, Kind: "snapshot"),
            records[^1]);
    }

    [Fact]
    public void WithoutADefaultDateTheFileIsRefused()
    {
        var result = MetricCsvImporter.Import(File.ReadAllBytes(KagPath), new CsvImportOptions());

        Assert.False(result.Succeeded);
        Assert.Equal("Kaggle KAG Facebook ads", result.Layout);
        Assert.Empty(result.Records);
        var (key, reasons) = Assert.Single(result.Errors);
        Assert.Equal("date", key);
        Assert.Equal(["A Kaggle KAG Facebook ads export has no date column: give the reporting date (?date=yyyy-MM-dd)."], reasons);
    }

    [Fact]
    public void ADefaultPlatformNamesThePlatformTheFileDoesNotTell()
    {
        var result = MetricCsvImporter.Import(File.ReadAllBytes(KagPath), OnNovember20 with { DefaultPlatform = "TikTok" });

        Assert.All(result.Records, r => Assert.Equal("tiktok", r.Platform));
    }
}
