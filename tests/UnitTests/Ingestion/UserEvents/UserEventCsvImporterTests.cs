using System.Text;
using GrainMarketing.ApiHost.Ingestion.UserEvents;

namespace GrainMarketing.UnitTests.Ingestion.UserEvents;

public sealed class UserEventCsvImporterTests
{
    [Theory]
    [InlineData(",")]
    [InlineData("\t")]
    [InlineData(";")]
    public void ColumnsAreReadByNameInAnyOrderAndCaseWithAnySeparator(string separator)
    {
        var text = string.Join(separator, "Currency", "USERID", "amount", "Timestamp", "Latitude", "longitude", "Merchant", "unknown") + "\r\n"
            + string.Join(separator, "eur", "u-1", "12.50", "2026-11-20T10:00:00Z", "45.5", "4.25", "\"Shop \"\"A\"\"\"", "x") + "\r\n"
            + "\r\n"
            + string.Join(separator, "usd", "u-2", "3", "2026-11-20T11:00:00Z", "", "", "", "") + "\r\n";

        var file = UserEventCsvImporter.ImportTransactions(Encoding.UTF8.GetBytes(text));

        Assert.Empty(file.Errors);
        Assert.Equal([2, 4], file.Lines);
        Assert.Equal(new TransactionRecord("u-1", null, 12.50m, "eur", "2026-11-20T10:00:00Z", "Shop \"A\"", Latitude: 45.5, Longitude: 4.25), file.Records[0]);
        Assert.Equal(new TransactionRecord("u-2", null, 3m, "usd", "2026-11-20T11:00:00Z"), file.Records[1]);
    }

    [Fact]
    public void EngagementRowsLeaveTheAmountOutWhenBlank()
    {
        var file = UserEventCsvImporter.ImportEngagements(Encoding.UTF8.GetBytes(
            "\uFEFFuserId,kind,campaign,timestamp,amount,eventId\nu-1,viewed,spring,2026-11-20T10:00:00Z,,e-1\nu-1,converted,spring,2026-11-20T10:05:00Z,19.99,\n"));

        Assert.Empty(file.Errors);
        Assert.Equal(
            [new EngagementRecord("u-1", "e-1", "viewed", "spring", "2026-11-20T10:00:00Z"), new EngagementRecord("u-1", null, "converted", "spring", "2026-11-20T10:05:00Z", 19.99m)],
            file.Records);
    }

    [Fact]
    public void AHeaderWithoutARequiredColumnRefusesTheFileListingTheColumns()
    {
        var file = UserEventCsvImporter.ImportEngagements(Encoding.UTF8.GetBytes("userId,kind,timestamp\nu-1,viewed,2026-11-20T10:00:00Z\n"));

        Assert.Empty(file.Records);
        var problem = Assert.Single(file.Errors["file"]);
        Assert.Contains("lacks campaign.", problem, StringComparison.Ordinal);
        Assert.Contains("required: userId, kind, campaign, timestamp", problem, StringComparison.Ordinal);
    }

    [Fact]
    public void UnreadableValuesAndShiftedRowsAreNamedByLine()
    {
        var file = UserEventCsvImporter.ImportTransactions(Encoding.UTF8.GetBytes(
            "userId,amount,currency,timestamp\nu-1,12x,EUR,2026-11-20T10:00:00Z\nu-2,1,EUR,2026-11-20T10:00:00Z\nu-3,1,EUR,2026-11-20T10:00:00Z,extra\n"));

        Assert.Empty(file.Records);
        Assert.Equal(["line 2", "line 4"], file.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(["amount: '12x' is not a number."], file.Errors["line 2"]);
    }

    [Fact]
    public void AFileThatIsNotUtf8IsRefused()
    {
        var file = UserEventCsvImporter.ImportTransactions([.. "userId,amount,currency,timestamp\nu-1,1,EUR,"u8, 0xE9, .. "\n"u8]);

        Assert.Equal(["file"], file.Errors.Keys);
    }
}
