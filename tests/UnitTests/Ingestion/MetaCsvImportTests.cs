using System.Text;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.ApiHost.Ingestion.Csv;

namespace GrainMarketing.UnitTests.Ingestion;

public sealed class MetaCsvImportTests
{
    [Fact]
    public void AnAdsManagerExportWithBomQuotedNamesAndASummaryRowIsRead()
    {
        const string csv =
            "Campaign name,Ad set name,Ad name,Day,Age,Gender,Region,Country,Impressions,Reach,Link clicks,Amount spent (EUR),Purchases,Purchases conversion value\r\n"
            + "\"Autumn, Sale\",Broad,\"Video A, 15s\",2026-11-20,25-34,female,Bavaria,DE,1200,900,31,18.40,2,96.50\r\n"
            + "\"Autumn, Sale\",Broad,\"Video A, 15s\",2026-11-20,35-44,male,Berlin,DE,\"1,300\",1000,10,7.10,,\r\n"
            + ",,,,,,,,2500,1900,41,25.50,2,96.50\r\n";

        var result = MetricCsvImporter.Import([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], new CsvImportOptions());

        Assert.True(result.Succeeded);
        Assert.Equal(("Meta Ads Manager", "EUR"), (result.Layout, result.Currency));
        Assert.Equal(
            [
                new MetricRecord("meta", "Autumn-Sale", "2026-11-20", CampaignName: "Autumn, Sale", AdSetId: "Broad", AdSetName: "Broad",
                    AdId: "Video A, 15s", AdName: "Video A, 15s", Age: "25-34", Gender: "female", Country: "DE", Region: "Bavaria",
                    Impressions: 1_200, Reach: 900, Clicks: 31, Spend: 18.40m, Conversions: 2m, ConversionValue: 96.50m,
                    Kind: "snapshot", Currency: "EUR"),
                new MetricRecord("meta", "Autumn-Sale", "2026-11-20", CampaignName: "Autumn, Sale", AdSetId: "Broad", AdSetName: "Broad",
                    AdId: "Video A, 15s", AdName: "Video A, 15s", Age: "35-44", Gender: "male", Country: "DE", Region: "Berlin",
                    Impressions: 1_300, Reach: 1_000, Clicks: 10, Spend: 7.10m, Conversions: 0m, ConversionValue: 0m,
                    Kind: "snapshot", Currency: "EUR"),
            ],
            result.Records);
    }

    [Fact]
    public void IdColumnsWinOverNamesAndTheAlternativeColumnNamesAreRead()
    {
        const string csv =
            " Campaign ID ,Campaign name,Ad set ID,Ad set name,Ad ID,Ad name,DAY,impressions,Clicks (all),Amount spent (usd),Results,Purchase conversion value\n"
            + "120210001,Spring,120210002,Lookalike 1%,120210003,Carousel,2026-11-21,500,7,0.99,1,12.5\n"
            + "Total,,,,,,,500,7,0.99,1,12.5\n"
            + "Total,,,,,,,500,7,0.99,1,12.5\n";

        var result = MetricCsvImporter.Import(Encoding.UTF8.GetBytes(csv), new CsvImportOptions());

        Assert.Equal(("Meta Ads Manager", "USD"), (result.Layout, result.Currency));
        Assert.Equal(
            new MetricRecord("meta", "120210001", "2026-11-21", CampaignName: "Spring", AdSetId: "120210002", AdSetName: "Lookalike 1%",
                AdId: "120210003", AdName: "Carousel", Impressions: 500, Clicks: 7, Spend: 0.99m, Conversions: 1m, ConversionValue: 12.5m,
                Kind: "snapshot", Currency: "USD"),
            Assert.Single(result.Records));
    }

    [Fact]
    public void LinkClicksAndPurchasesWinWhenTheExportHasBothSpellings()
    {
        const string csv = "Campaign name,Day,Impressions,Clicks (all),Link clicks,Results,Purchases,Amount spent (GBP)\n"
            + "Winter,2026-11-22,100,9,4,6,3,1.00\n";

        var record = Assert.Single(MetricCsvImporter.Import(Encoding.UTF8.GetBytes(csv), new CsvImportOptions()).Records);

        Assert.Equal((4L, 3m, "GBP"), (record.Clicks!.Value, record.Conversions!.Value, record.Currency));
    }
}
