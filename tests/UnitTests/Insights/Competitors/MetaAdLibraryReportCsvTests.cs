using System.Text;
using GrainMarketing.ApiHost.Insights.Competitors;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Insights.Competitors;

namespace GrainMarketing.UnitTests.Insights.Competitors;

public sealed class MetaAdLibraryReportCsvTests
{
    private const string FileName = "FacebookAdLibraryReport_2026-11-08_DE_last_7_days_advertisers.csv";

    // The layout of Meta's sample report: a Page per disclaimer, spend in whole units, "≤100" under 100, names with commas quoted.
    private const string Report =
        "Page ID,Page name,Disclaimer,Amount spent (EUR),Number of ads in Library\n"
        + "157659344260788,Rival Shoes,Rival Shoes GmbH,7212,12\n"
        + "296508406790,\"Shoe Planet, Berlin\",\"Shoe Planet, Berlin\",\"1,404\",34\n"
        + "105505101947250,Tiny Boots,These ads ran without a disclaimer,≤100,1\n"
        + "105505101947250,Tiny Boots,Tiny Boots UG,≤100,2\n";

    [Fact]
    public void TheReportIsReadWithItsPeriodCountryAndCurrencyFromMetasNamesAndAPageIsSummedAcrossDisclaimers()
    {
        var file = MetaAdLibraryReportCsv.Read(Encoding.UTF8.GetBytes(Report), FileName, pages: null);

        Assert.Equal((MetaAdSources.Report, "EUR", "DE"), (file.Source, file.Currency, file.Country));
        Assert.Equal(new DateRange(new DateOnly(2026, 11, 2), new DateOnly(2026, 11, 8)), file.Period);
        Assert.Equal(["Rival Shoes", "Shoe Planet, Berlin", "Tiny Boots"], file.Rows.Select(r => r.PageName));
        Assert.Equal((12, MetaRange.Exactly(7212m)), (file.Rows[0].Ads, file.Rows[0].Spend));
        Assert.Equal((34, MetaRange.Exactly(1404m)), (file.Rows[1].Ads, file.Rows[1].Spend));
        Assert.Equal(("105505101947250", 3, new MetaRange(0m, 200m)), (file.Rows[2].PageId, file.Rows[2].Ads, file.Rows[2].Spend));
    }

    [Fact]
    public void An2019ReportWithoutPageIdsInUtf16WithTabsIsReadByName()
    {
        var text = "Page Name\tDisclaimer\tAmount Spent (GBP)\tNumber of Ads in Library\nBest Boots\tBest Boots Ltd\t435185\t3581\n";
        var bytes = Encoding.Unicode.GetPreamble().Concat(Encoding.Unicode.GetBytes(text)).ToArray();

        var file = MetaAdLibraryReportCsv.Read(bytes, "FacebookAdLibraryReport_2019-05-11_GB_last_30_days_advertisers.csv", pages: null);

        var row = Assert.Single(file.Rows);
        Assert.Equal(((string?)null, "best boots", 3581, "GBP"), (row.PageId, row.Key, row.Ads, file.Currency));
        Assert.Equal(new DateRange(new DateOnly(2019, 4, 12), new DateOnly(2019, 5, 11)), file.Period);
    }

    [Fact]
    public void PagesKeepsOnlyTheNamedCompetitorsByIdOrName()
    {
        var file = MetaAdLibraryReportCsv.Read(Encoding.UTF8.GetBytes(Report), FileName, new HashSet<string> { "157659344260788", "tiny boots" });

        Assert.Equal(["Rival Shoes", "Tiny Boots"], file.Rows.Select(r => r.PageName));
    }

    [Fact]
    public void BadCellsAreNamedByLineAndColumnAndALifelongReportIsRefused()
    {
        var text = Report + "12x,Broken,Broken,lots,3.5\n";

        var refused = Assert.Throws<ValidationFailedException>(() => MetaAdLibraryReportCsv.Read(Encoding.UTF8.GetBytes(text), FileName, null));
        var lifelong = Assert.Throws<ValidationFailedException>(() =>
            MetaAdLibraryReportCsv.Read(Encoding.UTF8.GetBytes(Report), "FacebookAdLibraryReport_2026-11-08_DE_lifelong_advertisers.csv", null));
        var locations = Assert.Throws<ValidationFailedException>(() =>
            MetaAdLibraryReportCsv.Read(Encoding.UTF8.GetBytes("Location name,Amount spent (EUR)\nBerlin,100\n"), FileName, null));

        var message = Assert.Single(refused.Errors["line 6"]);
        Assert.Contains("Page ID: '12x'", message, StringComparison.Ordinal);
        Assert.Contains("Amount spent (EUR): 'lots'", message, StringComparison.Ordinal);
        Assert.Contains("Number of ads in Library: '3.5'", message, StringComparison.Ordinal);
        Assert.Equal(["fileName"], lifelong.Errors.Keys);
        Assert.Equal(["file"], locations.Errors.Keys);
    }

    [Fact]
    public void AFileNameMetaDidNotWriteGivesNoPeriod()
    {
        Assert.Equal(((DateRange?)null, (string?)null), MetaAdLibraryReportCsv.NameParts("report (1).csv"));
        Assert.Equal(((DateRange?)null, (string?)null), MetaAdLibraryReportCsv.NameParts("FacebookAdLibraryReport_2026-13-45_DE_last_7_days_advertisers.csv"));
        Assert.Equal(new DateRange(new DateOnly(2026, 11, 8), new DateOnly(2026, 11, 8)),
            MetaAdLibraryReportCsv.NameParts("FacebookAdLibraryReport_2026-11-08_US_yesterday_advertisers.csv").Period);
    }
}
