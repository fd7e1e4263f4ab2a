using System.Globalization;
using System.Text;
using GrainMarketing.ApiHost.Ingestion.Csv;

namespace GrainMarketing.UnitTests.Ingestion;

public sealed class MetricCsvImporterTests
{
    private static readonly DateOnly Day = new(2026, 11, 20);

    [Fact]
    public void TheKagExportIsReadWithItsBareCarriageReturnsAndExactTotals()
    {
        var path = SharedData.Path("fb-ad-conversions", "KAG_conversion_data.csv");
        var lines = File.ReadAllText(path).Split('\r').Skip(1).Select(line => line.Split(',')).ToList();

        var result = MetricCsvImporter.Import(File.ReadAllBytes(path), new CsvImportOptions(Day));

        Assert.Empty(result.Errors);
        Assert.Equal("Kaggle KAG Facebook ads", result.Layout);
        Assert.Equal(1_143, result.Records.Count);
        Assert.Equal(lines.Sum(l => long.Parse(l[6], CultureInfo.InvariantCulture)), result.Records.Sum(r => r.Impressions));
        Assert.Equal(213_434_828, result.Records.Sum(r => r.Impressions));
        Assert.Equal(38_165, result.Records.Sum(r => r.Clicks));
        var spend = lines.Sum(l => decimal.Parse(l[8], CultureInfo.InvariantCulture));
        Assert.Equal(spend, result.Records.Sum(r => r.Spend));
        Assert.Equal(58_705.23m, Math.Round(spend, 2));
        Assert.Equal(1_079m, result.Records.Sum(r => r.Conversions));
        Assert.Equal(["1178", "916", "936"], result.Records.Select(r => r.CampaignId).Distinct().Order(StringComparer.Ordinal));
        Assert.All(result.Records, r => Assert.Equal("2026-11-20", r.Date));
        var first = result.Records[0];
        Assert.Equal(("meta", "916", "103916", "708746", "30-34", "M", "15"), (first.Platform, first.CampaignId, first.AdSetId, first.AdId, first.Age, first.Gender, first.Interest));
    }

    [Fact]
    public void TheKagExportNeedsADate()
    {
        var result = MetricCsvImporter.Import(File.ReadAllBytes(SharedData.Path("fb-ad-conversions", "KAG_conversion_data.csv")), new CsvImportOptions());
        Assert.Equal(["date"], result.Errors.Keys);
        Assert.Empty(result.Records);
    }

    [Fact]
    public void AMetaAdsManagerExportTakesItsCurrencyFromTheSpendHeaderAndSkipsSummaryRows()
    {
        const string csv = "Campaign name,Ad set name,Ad name,Day,Age,Gender,Region,Impressions,Reach,Link clicks,Amount spent (EUR),Purchases,Purchases conversion value\r\n"
            + "\"Autumn, Sale\",Broad,Video A,2026-11-20,25-34,female,Bavaria,1200,900,31,18.40,2,96.50\r\n"
            + "\"Autumn, Sale\",Broad,Video A,2026-11-20,35-44,male,Berlin,\"1,300\",1000,10,7.10,,\r\n"
            + ",,,,,,,2500,1900,41,25.50,2,96.50\r\n";

        var result = MetricCsvImporter.Import([.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(csv)], new CsvImportOptions());

        Assert.Empty(result.Errors);
        Assert.Equal(("Meta Ads Manager", "EUR"), (result.Layout, result.Currency));
        Assert.Equal(2, result.Records.Count);
        var women = result.Records[0];
        Assert.Equal(("meta", "Autumn-Sale", "Autumn, Sale", "2026-11-20", "25-34", "female", "Bavaria"),
            (women.Platform, women.CampaignId, women.CampaignName, women.Date, women.Age, women.Gender, women.Region));
        Assert.Equal((1200L, 900L, 31L, 18.40m, 2m, 96.50m, "EUR"),
            (women.Impressions!.Value, women.Reach!.Value, women.Clicks!.Value, women.Spend!.Value, women.Conversions!.Value, women.ConversionValue!.Value, women.Currency));
        Assert.Equal(1_300, result.Records[1].Impressions);
        Assert.Null(result.Records[1].Conversions);
    }

    [Fact]
    public void AGoogleAdsUiExportInUtf16WithTabsTitleRowsAndTotalsIsRead()
    {
        const string tsv = "Campaign performance report\r\n"
            + "November 1, 2026 - November 22, 2026\r\n"
            + "Campaign\tCampaign ID\tAd group\tDay\tAge\tGender\tCurrency code\tImpr.\tClicks\tCost\tConversions\tConv. value\r\n"
            + "Brand Search\t123456\tExact\t2026-11-20\t18 - 24\tFemale\tUSD\t1,234\t56\t78.90\t3.5\t210.00\r\n"
            + "Brand Search\t123456\tExact\tNov 21, 2026\t65 or more\tUndetermined\tUSD\t10\t0\t0.00\t--\t--\r\n"
            + "Total: Account\t\t\t\t\t\t\t1,244\t56\t78.90\t3.5\t210.00\r\n";

        var result = MetricCsvImporter.Import([.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(tsv)], new CsvImportOptions());

        Assert.Empty(result.Errors);
        Assert.Equal(("Google Ads", "USD"), (result.Layout, result.Currency));
        Assert.Equal(2, result.Records.Count);
        var first = result.Records[0];
        Assert.Equal(("google", "123456", "2026-11-20", "18 - 24", "Female"), (first.Platform, first.CampaignId, first.Date, first.Age, first.Gender));
        Assert.Equal((1234L, 56L, 78.90m, 3.5m, 210.00m), (first.Impressions!.Value, first.Clicks!.Value, first.Spend!.Value, first.Conversions!.Value, first.ConversionValue!.Value));
        Assert.Equal(("2026-11-21", 0m, 0m), (result.Records[1].Date, result.Records[1].Conversions!.Value, result.Records[1].ConversionValue!.Value));
    }

    [Fact]
    public void AnUnknownLayoutListsTheColumnsEveryKnownLayoutExpects()
    {
        var result = MetricCsvImporter.Import(Encoding.UTF8.GetBytes("date,views,cost\n2026-11-20,5,1\n"), new CsvImportOptions(Day));

        var reason = Assert.Single(result.Errors["file"]);
        Assert.Contains("Amount spent (…)", reason);
        Assert.Contains("Impr.", reason);
        Assert.Contains("xyz_campaign_id", reason);
    }

    [Fact]
    public void AnUnreadableNumberRejectsTheFileNamingItsLine()
    {
        const string csv = "Campaign,Day,Impr.,Clicks,Cost\nA,2026-11-20,10,1,0.5\nA,2026-11-21,ten,1,0.5\n";

        var result = MetricCsvImporter.Import(Encoding.UTF8.GetBytes(csv), new CsvImportOptions());

        Assert.Empty(result.Records);
        Assert.Contains("Impr.", Assert.Single(result.Errors["line 3"]));
    }
}
