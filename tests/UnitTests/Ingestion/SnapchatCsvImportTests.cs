using System.Text;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.ApiHost.Ingestion.Csv;

namespace GrainMarketing.UnitTests.Ingestion;

/// <summary>Snapchat Ads Manager exports with a daily breakdown: UTF-8, commas, quoted thousands.</summary>
public sealed class SnapchatCsvImportTests
{
    private const string Header = "Date,Campaign Name,Campaign ID,Ad Set Name,Ad Set ID,Currency,Amount Spent,Paid Impressions,Reach,Swipe Ups,eCPSU,Purchases,Purchases Value\n";

    private static CsvImportResult Import(string text) => MetricCsvImporter.Import(Encoding.UTF8.GetBytes(text), new CsvImportOptions());

    [Fact]
    public void AnExportWithADailyBreakdownIsReadAsSnapchat()
    {
        var result = Import(Header
            + "2026-11-23,\"Winter Boots - Story Ads, Web\",6f0c1a52-3b9e-4d71-9a0e-2c44b1d7a001,Female 18-24 US,0d6b2f1e-b101,USD,88.79,\"31,039\",\"24,162\",127,0.70,3,163.13\n"
            + "2026-11-24,\"Winter Boots - Story Ads, Web\",6f0c1a52-3b9e-4d71-9a0e-2c44b1d7a001,Female 18-24 US,0d6b2f1e-b101,USD,0.00,0,,0,--,0,0.00\n"
            + "Total,,,,,USD,88.79,\"31,039\",,127,0.70,3,163.13\n");

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors.SelectMany(e => e.Value)));
        Assert.Equal(("Snapchat Ads Manager", "USD"), (result.Layout, result.Currency));
        Assert.Equal(
            [
                new MetricRecord("snapchat", "6f0c1a52-3b9e-4d71-9a0e-2c44b1d7a001", "2026-11-23", CampaignName: "Winter Boots - Story Ads, Web",
                    AdSetId: "0d6b2f1e-b101", AdSetName: "Female 18-24 US", Impressions: 31_039, Reach: 24_162, Clicks: 127, Spend: 88.79m,
                    Conversions: 3m, ConversionValue: 163.13m, Kind: "snapshot", Currency: "USD"),
                new MetricRecord("snapchat", "6f0c1a52-3b9e-4d71-9a0e-2c44b1d7a001", "2026-11-24", CampaignName: "Winter Boots - Story Ads, Web",
                    AdSetId: "0d6b2f1e-b101", AdSetName: "Female 18-24 US", Impressions: 0, Clicks: 0, Spend: 0m,
                    Conversions: 0m, ConversionValue: 0m, Kind: "snapshot", Currency: "USD"),
            ],
            result.Records);
    }

    [Fact]
    public void TheOtherSpellingsOfItsColumnsAreRead()
    {
        var result = Import("Day,Campaign Name,Ad Squad Name,Ad Name,Spend (GBP),Impressions,Paid Impressions,Swipes,Conversion Purchases,Conversion Purchases Value\n"
            + "2026-11-23,Holiday Lens,All 13-34,Lens A,5.25,2000,1500,12,1,30.00\n");

        Assert.Equal(
            new MetricRecord("snapchat", "Holiday-Lens", "2026-11-23", CampaignName: "Holiday Lens", AdSetId: "All 13-34", AdSetName: "All 13-34",
                AdId: "Lens A", AdName: "Lens A", Impressions: 1_500, Clicks: 12, Spend: 5.25m, Conversions: 1m, ConversionValue: 30.00m,
                Kind: "snapshot", Currency: "GBP"),
            Assert.Single(result.Records));
    }

    [Fact]
    public void AnExportOverAPeriodWithoutADayIsNotTakenAndSaysWhatIsExpected()
    {
        var result = Import("Start Time,End Time,Campaign Name,Paid Impressions,Swipe Ups,Amount Spent\n2026-11-01 00:00:00,2026-11-30 23:59:59,A,5000,40,300.00\n");

        Assert.Null(result.Layout);
        Assert.Equal(["Campaign Name", "Date or Day", "Paid Impressions", "Amount spent (XXX) or Spend (XXX)"], result.ExpectedLayouts["Snapchat Ads Manager"]);
    }

    [Fact]
    public void AnAmountWithACurrencySymbolIsRefusedNamingItsLineAndColumn()
    {
        var result = Import(Header + "2026-11-23,A,1,S,2,USD,$88.79,100,50,1,88.79,0,0.00\n");

        Assert.Empty(result.Records);
        Assert.Equal(["Amount Spent: '$88.79' is not a number."], result.Errors["line 2"]);
    }
}
