using System.Text;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.ApiHost.Ingestion.Csv;

namespace GrainMarketing.UnitTests.Ingestion;

public sealed class CsvEncodingAndSeparatorTests
{
    private static readonly MetricRecord Expected = new("google", "A-B", "2026-11-20", CampaignName: "A;B", Impressions: 1_234, Clicks: 5,
        Spend: 6.5m, Kind: "snapshot");

    public static TheoryData<string, byte[]> Encodings => new()
    {
        { "UTF-8 without BOM", Encoding.UTF8.GetBytes(Semicolons) },
        { "UTF-8 with BOM", [.. Encoding.UTF8.GetPreamble(), .. Encoding.UTF8.GetBytes(Semicolons)] },
        { "UTF-16 LE with BOM", [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(Semicolons)] },
        { "UTF-16 LE without BOM", Encoding.Unicode.GetBytes(Semicolons) },
        { "UTF-16 BE with BOM", [.. Encoding.BigEndianUnicode.GetPreamble(), .. Encoding.BigEndianUnicode.GetBytes(Semicolons)] },
    };

    /// <summary>A semicolon file: "1,234" is a thousands group there even unquoted.</summary>
    private static string Semicolons => "Campaign;Day;Impr.;Clicks;Cost\r\n\"A;B\";2026-11-20;1,234;5;6.5\r\n";

    [Theory]
    [MemberData(nameof(Encodings))]
    public void TheEncodingIsRecognised(string encoding, byte[] content)
    {
        var result = MetricCsvImporter.Import(content, new CsvImportOptions());

        Assert.True(result.Succeeded, encoding);
        Assert.Equal(Expected, Assert.Single(result.Records));
    }

    [Theory]
    [InlineData("\r\n")]
    [InlineData("\n")]
    [InlineData("\r")]
    public void AnyLineEndReadsTheSame(string lineEnd)
    {
        var text = "Campaign\tDay\tImpr.\tClicks\tCost" + lineEnd + "A;B\t2026-11-20\t1,234\t5\t6.5" + lineEnd + lineEnd;

        var result = MetricCsvImporter.Import(Encoding.UTF8.GetBytes(text), new CsvImportOptions());

        Assert.Equal(Expected, Assert.Single(result.Records));
    }

    [Fact]
    public void AQuotedThousandsGroupIsReadInACommaFile()
    {
        const string csv = "Campaign,Day,Impr.,Clicks,Cost\n\"A;B\",2026-11-20,\"1,234\",5,6.5\n";

        Assert.Equal(Expected, Assert.Single(MetricCsvImporter.Import(Encoding.UTF8.GetBytes(csv), new CsvImportOptions()).Records));
    }
}
