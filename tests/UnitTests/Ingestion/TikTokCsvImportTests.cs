using System.Text;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.ApiHost.Ingestion.Csv;

namespace GrainMarketing.UnitTests.Ingestion;

/// <summary>TikTok Ads Manager report exports: UTF-8 with a byte order mark, commas, quoted thousands, a total row.</summary>
public sealed class TikTokCsvImportTests
{
    private const string Header = "By Day,Campaign name,Campaign ID,Ad group name,Ad group ID,Currency,Cost,Impressions,Reach,"
        + "Clicks (destination),CTR (destination),CPC (destination),Conversions,Total complete payment value\n";

    private static CsvImportResult Import(string text) =>
        MetricCsvImporter.Import([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(text)], new CsvImportOptions());

    [Fact]
    public void AReportByDayIsReadWithItsCurrencyAndReachAndWithoutItsTotalRow()
    {
        var result = Import(Header
            + "2026-11-23,Winter Boots | UGC,1785520731964417,Broad 18-34,1785520731964481,USD,429.92,\"49,132\",\"26,009\",493,1.00%,0.87,18,\"1,131.50\"\n"
            + "2026-11-24,Winter Boots | UGC,1785520731964417,Broad 18-34,1785520731964481,USD,0.00,0,,0,0.00%,-,0,0.00\n"
            + "Total of 2 results,,,,,USD,429.92,\"49,132\",,493,1.00%,,18,\"1,131.50\"\n");

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors.SelectMany(e => e.Value)));
        Assert.Equal(("TikTok Ads Manager", "USD"), (result.Layout, result.Currency));
        Assert.Equal(
            [
                new MetricRecord("tiktok", "1785520731964417", "2026-11-23", CampaignName: "Winter Boots | UGC", AdSetId: "1785520731964481",
                    AdSetName: "Broad 18-34", Impressions: 49_132, Reach: 26_009, Clicks: 493, Spend: 429.92m, Conversions: 18m,
                    ConversionValue: 1_131.50m, Kind: "snapshot", Currency: "USD"),
                new MetricRecord("tiktok", "1785520731964417", "2026-11-24", CampaignName: "Winter Boots | UGC", AdSetId: "1785520731964481",
                    AdSetName: "Broad 18-34", Impressions: 0, Clicks: 0, Spend: 0m, Conversions: 0m, ConversionValue: 0m,
                    Kind: "snapshot", Currency: "USD"),
            ],
            result.Records);
    }

    [Fact]
    public void TheOtherSpellingsOfItsColumnsAreRead()
    {
        var result = Import("Date,Campaign name,Ad name,Cost (EUR),Impressions,Clicks (Destination),Reach,Conversions,Total purchase value\n"
            + "2026-11-23 00:00:00,Gift Guide,Carousel A,12.50,900,9,--,1,40.00\n");

        Assert.Equal(
            new MetricRecord("tiktok", "Gift-Guide", "2026-11-23", CampaignName: "Gift Guide", AdId: "Carousel A", AdName: "Carousel A",
                Impressions: 900, Clicks: 9, Spend: 12.50m, Conversions: 1m, ConversionValue: 40.00m, Kind: "snapshot", Currency: "EUR"),
            Assert.Single(result.Records));
        Assert.Equal("EUR", result.Currency);
    }

    [Fact]
    public void TheShopAdsTemplateNamesAreRead()
    {
        var record = Assert.Single(Import("By Day,Campaign name,Total Cost,Impressions,Clicks\n2026-11-23,Shop,3.00,100,4\n").Records);

        Assert.Equal((3.00m, 100L, 4L), (record.Spend!.Value, record.Impressions!.Value, record.Clicks!.Value));
    }

    [Fact]
    public void EveryBadCellIsRefusedNamingItsLineAndColumnAndNothingIsTaken()
    {
        var result = Import(Header
            + "2026-11-23,A,1,G,2,USD,1.00,10,5,1,10.00%,1.00,0,0.00\n"
            + "2026-11-24,A,1,G,2,USD,1.0x,10,5.5,1,10.00%,1.00,0,0.00\n"
            + "2026-11-25 13:00:00,A,1,G,2,USD,1.00,10,5,1,10.00%,1.00,0,0.00\n");

        Assert.Empty(result.Records);
        Assert.Equal(
            [
                "3: Reach: '5.5' is not a whole number. | Cost: '1.0x' is not a number.",
                "4: By Day: '2026-11-25 13:00:00' is not a date (yyyy-MM-dd or MMM d, yyyy).",
            ],
            result.RowErrors.Select(e => $"{e.Line}: {string.Join(" | ", e.Problems)}"));
    }
}
