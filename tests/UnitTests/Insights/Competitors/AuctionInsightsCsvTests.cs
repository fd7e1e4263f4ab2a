using System.Text;
using GrainMarketing.ApiHost.Insights.Competitors;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Insights.Competitors;

namespace GrainMarketing.UnitTests.Insights.Competitors;

public sealed class AuctionInsightsCsvTests
{
    private const string Export =
        "Auction insights report\n"
        + "December 1, 2025 - December 31, 2025\n"
        + "Display URL domain\tImpression share\tOverlap rate\tPosition above rate\tTop of page rate\tAbs. Top of page rate\tOutranking share\n"
        + "You\t45.23%\t--\t--\t68.12%\t32.50%\t--\n"
        + "Rival.com\t38.10%\t52.30%\t41.00%\t71.20%\t35.00%\t48.90%\n"
        + "small-shop.de\t< 10%\t12.50%\t< 10%\t55.00%\t--\t80.00%\n";

    [Fact]
    public void TheUisUtf16TabExportIsReadWithItsPeriodTheYouRowAndUnderTenPercent()
    {
        var bytes = new UnicodeEncoding(bigEndian: false, byteOrderMark: true).GetPreamble().Concat(Encoding.Unicode.GetBytes(Export)).ToArray();

        var file = AuctionInsightsCsv.Read(bytes);

        Assert.Equal(new DateRange(new DateOnly(2025, 12, 1), new DateOnly(2025, 12, 31)), file.Period);
        Assert.Equal("utf-16le, tab", file.Format);
        Assert.Equal(["You", "rival.com", "small-shop.de"], file.Rows.Select(r => r.Domain));
        Assert.True(file.Rows[0].IsYou);
        Assert.Equal(AuctionShare.None, file.Rows[0].OverlapRate);
        Assert.Equal((38.10m, 52.30m, 48.90m), (file.Rows[1].ImpressionShare.Percent, file.Rows[1].OverlapRate.Percent, file.Rows[1].OutrankingShare.Percent));
        Assert.Equal(AuctionShare.UnderTen, file.Rows[2].ImpressionShare);
    }

    [Fact]
    public void AUtf8CommaExportWithoutADateLineIsReadWithoutAPeriod()
    {
        var text = "Auction insights\r\n\"Display URL domain\",\"Impression share\",\"Overlap rate\",\"Outranking share\"\r\nYou,51.00%,--,--\r\nrival.com,33.3 %,40%,< 10%\r\n";

        var file = AuctionInsightsCsv.Read(Encoding.UTF8.GetBytes(text));

        Assert.Null(file.Period);
        Assert.Equal("utf-8, comma", file.Format);
        Assert.Equal((33.3m, AuctionShare.None), (file.Rows[1].ImpressionShare.Percent, file.Rows[1].TopOfPageRate));
    }

    [Fact]
    public void EveryBadCellIsNamedByItsLineAndColumnAndNothingIsTaken()
    {
        var text = Export.Replace("52.30%", "52,3", StringComparison.Ordinal).Replace("80.00%", "120%", StringComparison.Ordinal) + "rival.com\t1%\t1%\t1%\t1%\t1%\t1%\n";

        var refused = Assert.Throws<ValidationFailedException>(() => AuctionInsightsCsv.Read(Encoding.UTF8.GetBytes(text)));

        Assert.Equal(["line 5", "line 6", "line 7"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.StartsWith("Overlap rate: '52,3'", refused.Errors["line 5"][0], StringComparison.Ordinal);
        Assert.StartsWith("Outranking share: '120%'", refused.Errors["line 6"][0], StringComparison.Ordinal);
        Assert.Contains("earlier line", refused.Errors["line 7"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void AFileWithoutTheDomainColumnIsRefusedAsAWhole()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => AuctionInsightsCsv.Read(Encoding.UTF8.GetBytes("Campaign,Clicks\nA,1\n")));

        Assert.Equal(["file"], refused.Errors.Keys);
    }

    [Theory]
    [InlineData("Dec 1, 2025 - Dec 7, 2025", "2025-12-01", "2025-12-07")]
    [InlineData("2025-11-03 – 2025-11-09", "2025-11-03", "2025-11-09")]
    [InlineData("1 December 2025 - 31 December 2025", "2025-12-01", "2025-12-31")]
    public void DateRangeLinesInTheUisFormatsGiveThePeriod(string line, string from, string to) =>
        Assert.Equal(new DateRange(DateOnly.Parse(from), DateOnly.Parse(to)), AuctionInsightsCsv.DateRangeLine(line));
}
