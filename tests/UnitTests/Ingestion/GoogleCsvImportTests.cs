using System.Text;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.ApiHost.Ingestion.Csv;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Ingestion;

/// <summary>Google Ads UI exports: UTF-16 LE with a byte order mark, tabs, title rows above the header, total rows below.</summary>
public sealed class GoogleCsvImportTests
{
    private const string Titles = "Campaign performance report\r\nNovember 1, 2026 - November 22, 2026\r\n";

    private const string Header = "Campaign\tCampaign ID\tAd group\tAd group ID\tDay\tAge\tGender\tCurrency code\tImpr.\tClicks\tCost\tConversions\tConv. value\r\n";

    private static byte[] Utf16WithBom(string text) => [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)];

    [Fact]
    public void AUiExportIsReadBelowItsTitleRowsAndWithoutItsTotals()
    {
        var tsv = Titles + Header
            + "Brand Search\t123456\tExact\t987\t2026-11-20\t18 - 24\tFemale\tUSD\t1,234\t56\t78.90\t3.5\t210.00\r\n"
            + "Brand Search\t123456\tExact\t987\tNov 21, 2026\t65 or more\tUndetermined\tUSD\t10\t0\t0.00\t--\t--\r\n"
            + "Total: Campaigns\t--\t--\t--\t--\t--\t--\t--\t1,244\t56\t78.90\t3.50\t210.00\r\n"
            + "Total: Account\t\t\t\t\t\t\t\t1,244\t56\t78.90\t3.50\t210.00";

        var result = MetricCsvImporter.Import(new MemoryStream(Utf16WithBom(tsv)), new CsvImportOptions());

        Assert.True(result.Succeeded);
        Assert.Equal(("Google Ads", "USD"), (result.Layout, result.Currency));
        Assert.Equal(
            [
                new MetricRecord("google", "123456", "2026-11-20", CampaignName: "Brand Search", AdSetId: "987", AdSetName: "Exact",
                    Age: "18 - 24", Gender: "Female", Impressions: 1_234, Clicks: 56, Spend: 78.90m, Conversions: 3.5m, ConversionValue: 210.00m,
                    Kind: "snapshot", Currency: "USD"),
                new MetricRecord("google", "123456", "2026-11-21", CampaignName: "Brand Search", AdSetId: "987", AdSetName: "Exact",
                    Age: "65 or more", Gender: "Undetermined", Impressions: 10, Clicks: 0, Spend: 0m, Conversions: 0m, ConversionValue: 0m,
                    Kind: "snapshot", Currency: "USD"),
            ],
            result.Records);
    }

    [Fact]
    public void GoogleAgeAndGenderLabelsNormaliseToThePlatformBands()
    {
        var tsv = Header
            + "A\t1\tG\t2\t2026-11-20\t18 - 24\tFemale\tEUR\t1\t0\t0\t0\t0\r\n"
            + "A\t1\tG\t2\t2026-11-20\t65 or more\tMale\tEUR\t1\t0\t0\t0\t0\r\n"
            + "A\t1\tG\t2\t2026-11-20\tUndetermined\tUndetermined\tEUR\t1\t0\t0\t0\t0\r\n";

        var records = MetricCsvImporter.Import(Utf16WithBom(tsv), new CsvImportOptions()).Records;

        Assert.Equal(
            [("18-24", "female"), ("65+", "male"), (DemographicLabels.Unknown, DemographicLabels.Unknown)],
            records.Select(r => (DemographicLabels.NormalizeAge(r.Age), DemographicLabels.NormalizeGender(r.Gender))));
    }

    [Fact]
    public void WithoutIdColumnsCampaignAndAdGroupNamesStandForIds()
    {
        const string csv = "Campaign,Ad group,Day,Impr.,Clicks,Cost\nSearch | DE (exact),Shoes & Boots,2026-11-20,5,1,0.25\n";

        var record = Assert.Single(MetricCsvImporter.Import(Encoding.UTF8.GetBytes(csv), new CsvImportOptions()).Records);

        Assert.Equal(
            new MetricRecord("google", "Search-DE-exact", "2026-11-20", CampaignName: "Search | DE (exact)", AdSetId: "Shoes & Boots",
                AdSetName: "Shoes & Boots", Impressions: 5, Clicks: 1, Spend: 0.25m, Kind: "snapshot"),
            record);
        Assert.True(GrainMarketing.Metrics.CampaignKey.IsValidId(record.CampaignId));
    }

    [Fact]
    public void ABadNumberBelowTheTitleRowsIsReportedOnItsLineOfTheFile()
    {
        var tsv = Titles + Header
            + "Brand Search\t123456\tExact\t987\t2026-11-20\t18 - 24\tFemale\tUSD\t1,234\t56\t78.90\t3.5\t210.00\r\n"
            + "Brand Search\t123456\tExact\t987\t2026-11-21\t18 - 24\tFemale\tUSD\t1,234\t5 6\t78.90\t3.5\t210.00\r\n"
            + "Total: Account\t\t\t\t\t\t\t\t2,468\t56\t157.80\t7.00\t420.00\r\n";

        var result = MetricCsvImporter.Import(Utf16WithBom(tsv), new CsvImportOptions());

        Assert.Empty(result.Records);
        Assert.Equal("Google Ads", result.Layout);
        var error = Assert.Single(result.RowErrors);
        Assert.Equal(5, error.Line);
        Assert.Equal(["Clicks: '5 6' is not a number."], error.Problems);
        Assert.Equal(["line 5"], result.Errors.Keys);
    }

    [Fact]
    public void ACampaignWhoseNameStartsWithTotalIsDataWhenItHasADay()
    {
        const string csv = "Campaign,Day,Impr.,Clicks,Cost\nTotal Recall,2026-11-20,5,1,0.25\nTotal: Account,,5,1,0.25\n";

        var record = Assert.Single(MetricCsvImporter.Import(Encoding.UTF8.GetBytes(csv), new CsvImportOptions()).Records);

        Assert.Equal(("Total-Recall", "Total Recall"), (record.CampaignId, record.CampaignName));
    }

    [Fact]
    public void AnExportSegmentedByDayCarriesItsTotalsInTheDayColumnAndTheyAreSkipped()
    {
        const string Summary = "\t--\t--\t--\tUSD\t1,244,824\t516\t0.04%\t1,090.59\t17.25\t2,157.63\t--\r\n";
        var tsv = "Campaign report\r\nNovember 23, 2026 - November 24, 2026\r\n"
            + "Day\tCampaign\tCampaign ID\tCampaign type\tCurrency code\tImpr.\tClicks\tCTR\tCost\tConversions\tConv. value\tSearch impr. share\r\n"
            + "2026-11-23\tWinter Boots\t2043\tSearch\tUSD\t10,257\t516\t5.03%\t1,090.59\t17.25\t2,157.63\t< 10%\r\n"
            + "2026-11-24\tCart Abandoners\t2044\tDisplay\tUSD\t1,234,567\t0\t0.00%\t0.00\t0.00\t--\t--\r\n"
            + "Total: Search" + Summary + "Total: Display" + Summary + "Total: Filtered campaigns" + Summary
            + "Total: Campaigns" + Summary + "Total: Account" + Summary;

        var result = MetricCsvImporter.Import(Utf16WithBom(tsv), new CsvImportOptions());

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors.SelectMany(e => e.Value)));
        Assert.Equal(("Google Ads", "USD"), (result.Layout, result.Currency));
        Assert.Equal(
            [
                new MetricRecord("google", "2043", "2026-11-23", CampaignName: "Winter Boots", Impressions: 10_257, Clicks: 516, Spend: 1_090.59m,
                    Conversions: 17.25m, ConversionValue: 2_157.63m, Kind: "snapshot", Currency: "USD"),
                new MetricRecord("google", "2044", "2026-11-24", CampaignName: "Cart Abandoners", Impressions: 1_234_567, Clicks: 0, Spend: 0m,
                    Conversions: 0m, ConversionValue: 0m, Kind: "snapshot", Currency: "USD"),
            ],
            result.Records);
    }

    [Fact]
    public void ASummaryLabelInAnyColumnOfARowWithoutADayIsSkipped()
    {
        const string tsv = "Campaign type\tCampaign\tDay\tImpr.\tClicks\tCost\r\n"
            + "Search\tA\t2026-11-23\t1\t0\t0.50\r\n"
            + "--\tTotal: Search\t--\t1\t0\t0.50\r\n"
            + "Total: Display\t--\t\t0\t0\t0.00\r\n"
            + "--\t--\tTotal: Account\t1\t0\t0.50\r\n";

        var result = MetricCsvImporter.Import(Encoding.UTF8.GetBytes(tsv), new CsvImportOptions());

        Assert.Equal("2026-11-23", Assert.Single(result.Records).Date);
    }

    [Fact]
    public void ACommaExportSegmentedByDayQuotesItsThousandsAndSkipsItsTotals()
    {
        const string csv = "Day,Campaign,Impr.,Clicks,Cost,Conversions\n"
            + "\"Nov 23, 2026\",Winter Boots,\"1,234\",5,\"1,234.50\",--\n"
            + "\"Total: Account\",--,\"1,234\",5,\"1,234.50\",0.00\n";

        var record = Assert.Single(MetricCsvImporter.Import(Encoding.UTF8.GetBytes(csv), new CsvImportOptions()).Records);

        Assert.Equal(("2026-11-23", 1_234L, 1_234.50m, 0m), (record.Date, record.Impressions!.Value, record.Spend!.Value, record.Conversions!.Value));
    }

    [Fact]
    public void ARowWithoutADayOrASummaryLabelIsRefusedNamingItsLine()
    {
        const string tsv = "Day\tCampaign\tImpr.\tClicks\tCost\r\n2026-11-23\tA\t1\t0\t0.50\r\n--\tB\t1\t0\t0.50\r\nTotal: Account\t--\t2\t0\t1.00\r\n";

        var result = MetricCsvImporter.Import(Utf16WithBom(tsv), new CsvImportOptions());

        Assert.Empty(result.Records);
        Assert.Equal(["Day: required."], result.Errors["line 3"]);
        Assert.Single(result.Errors);
    }
}
