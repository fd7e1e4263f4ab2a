using System.Text;
using GrainMarketing.ApiHost.Ingestion.Csv;

namespace GrainMarketing.UnitTests.Ingestion;

public sealed class CsvImportFailureTests
{
    private const string GoogleHeader = "Campaign,Day,Impr.,Clicks,Cost,Conversions\n";

    private static CsvImportResult Import(string text) => MetricCsvImporter.Import(Encoding.UTF8.GetBytes(text), new CsvImportOptions());

    [Fact]
    public void AnUnknownLayoutListsTheColumnsEveryKnownLayoutExpects()
    {
        var result = Import("date,views,cost\n2026-11-20,5,1\n");

        Assert.False(result.Succeeded);
        Assert.Null(result.Layout);
        Assert.Empty(result.Records);
        Assert.Equal(
            new Dictionary<string, IReadOnlyList<string>>
            {
                ["Snapchat Ads Manager"] = ["Campaign Name", "Date or Day", "Paid Impressions", "Amount spent (XXX) or Spend (XXX)"],
                ["Meta Ads Manager"] = ["Campaign name", "Day", "Impressions", "Amount spent (XXX)"],
                ["Meta Ads Manager, reporting period"] = ["Campaign name", "Reporting starts", "Reporting ends", "Reach"],
                ["Google Ads"] = ["Campaign", "Day", "Impr.", "Clicks", "Cost"],
                ["TikTok Ads Manager"] = ["Campaign name", "By Day or Date", "Impressions", "Cost (XXX) or Total cost"],
                ["Kaggle KAG Facebook ads"] = ["ad_id", "xyz_campaign_id", "fb_campaign_id", "age", "gender", "interest", "Impressions", "Clicks", "Spent", "Approved_Conversion"],
            },
            result.ExpectedLayouts);
        var (key, reasons) = Assert.Single(result.Errors);
        Assert.Equal("file", key);
        Assert.Equal(
            [
                "Unknown layout: no header among the first lines matches a known export. Expected one of: "
                + "Snapchat Ads Manager (Campaign Name, Date or Day, Paid Impressions, Amount spent (XXX) or Spend (XXX)); "
                + "Meta Ads Manager (Campaign name, Day, Impressions, Amount spent (XXX)); "
                + "Meta Ads Manager, reporting period (Campaign name, Reporting starts, Reporting ends, Reach); "
                + "Google Ads (Campaign, Day, Impr., Clicks, Cost); "
                + "TikTok Ads Manager (Campaign name, By Day or Date, Impressions, Cost (XXX) or Total cost); "
                + "Kaggle KAG Facebook ads (ad_id, xyz_campaign_id, fb_campaign_id, age, gender, interest, Impressions, Clicks, Spent, Approved_Conversion). "
                + "The file starts with: date,views,cost",
            ],
            reasons);
    }

    [Fact]
    public void AnEmptyFileIsAnUnknownLayout()
    {
        var result = MetricCsvImporter.Import([], new CsvImportOptions());

        Assert.Equal(6, result.ExpectedLayouts.Count);
        Assert.Equal(["file"], result.Errors.Keys);
    }

    [Fact]
    public void AHeaderBelowTheSearchedLinesIsNotFound()
    {
        var text = string.Concat(Enumerable.Repeat("title\n", MetricCsvImporter.HeaderSearchLines)) + GoogleHeader + "A,2026-11-20,1,1,1,1\n";

        Assert.Equal(["file"], Import(text).Errors.Keys);
        Assert.Equal("Google Ads", Import(text[6..]).Layout);
    }

    [Fact]
    public void AnUnreadableNumberRejectsTheWholeFileNamingItsLine()
    {
        var result = Import(GoogleHeader + "A,2026-11-20,10,1,0.5,0\nA,2026-11-21,ten,1,0.5,0\nA,2026-11-22,10,1,0.5,0\n");

        Assert.False(result.Succeeded);
        Assert.Equal("Google Ads", result.Layout);
        Assert.Empty(result.Records);
        var error = Assert.Single(result.RowErrors);
        Assert.Equal(3, error.Line);
        Assert.Equal(["Impr.: 'ten' is not a number."], error.Problems);
        Assert.Equal(["Impr.: 'ten' is not a number."], result.Errors["line 3"]);
    }

    [Fact]
    public void EveryBadFieldOfEveryRowIsReported()
    {
        var result = Import(GoogleHeader
            + "A,2026-11-20,12%,1,0.5,0\n"
            + "A,2026-11-21,10.5,1,1e3,0\n"
            + "A,20.11.2026,99999999999999999999,1,0.5,0\n"
            + "A,,1,1,0.5,0\n"
            + "A,2026-11-22,1,1,\"1,5\",0\n");

        Assert.Equal(
            [
                "2: Impr.: '12%' is not a number.",
                "3: Impr.: '10.5' is not a whole number. | Cost: '1e3' is not a number.",
                "4: Day: '20.11.2026' is not a date (yyyy-MM-dd or MMM d, yyyy). | Impr.: '99999999999999999999' is not a whole number.",
                "5: Day: required.",
                "6: Cost: '1,5' is not a number.",
            ],
            result.RowErrors.Select(e => $"{e.Line}: {string.Join(" | ", e.Problems)}"));
        Assert.Equal(["line 2", "line 3", "line 4", "line 5", "line 6"], result.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void AnUnquotedThousandsSeparatorInACommaFileShiftsTheRowAndIsRefused()
    {
        var result = Import(GoogleHeader + "A,2026-11-20,1,234,5,0.5,0\n");

        var error = Assert.Single(result.RowErrors);
        Assert.Equal((2, "The row has 7 fields, the header 6: quote values that hold the separator."), (error.Line, error.Problems[0]));
    }

    [Fact]
    public void AShortRowMissingANumberIsRefused()
    {
        var error = Assert.Single(Import(GoogleHeader + "A,2026-11-20,1,2\n").RowErrors);

        Assert.Equal(["Cost: missing (the row has 4 fields, the header 6).", "Conversions: missing (the row has 4 fields, the header 6)."], error.Problems);
    }

    [Fact]
    public void AnUnterminatedQuoteIsRefusedOnTheLineWhereItStarts()
    {
        var result = Import(GoogleHeader + "A,2026-11-20,1,1,0.5,0\n\"B,2026-11-21,1,1,0.5,0\nC,2026-11-22,1,1,0.5,0\n");

        Assert.Empty(result.Records);
        Assert.Equal(3, result.RowErrors[0].Line);
        Assert.Contains("Malformed quoting (UnterminatedQuote).", result.RowErrors[0].Problems);
    }

    [Fact]
    public void AFileThatIsNeitherUtf8NorUtf16IsRefused()
    {
        var windows1252 = Encoding.Latin1.GetBytes(GoogleHeader + "Caf\u00e9,2026-11-20,1,1,0.5,0\n");

        var result = MetricCsvImporter.Import(windows1252, new CsvImportOptions());

        Assert.Equal(["The file is neither UTF-8 nor UTF-16: export it again as CSV UTF-8."], result.Errors["file"]);
    }

    [Fact]
    public void OnlyTheFirstHundredRowErrorsAreListedButAllAreKept()
    {
        var result = Import(GoogleHeader + string.Concat(Enumerable.Repeat("A,2026-11-20,x,1,0.5,0\n", 150)));

        Assert.Equal(150, result.RowErrors.Count);
        Assert.Equal(CsvImportResult.MaxListedRowErrors + 1, result.Errors.Count);
        Assert.Equal(["150 rows cannot be read; the first 100 are listed."], result.Errors["file"]);
        Assert.Equal(["Impr.: 'x' is not a number."], result.Errors["line 101"]);
        Assert.False(result.Errors.ContainsKey("line 102"));
    }
}
