using System.Globalization;
using System.Text;
using GrainMarketing.ApiHost.Ingestion.Csv;

namespace GrainMarketing.UnitTests.Ingestion;

/// <summary>
/// The simulator's sample exports (tools/Simulator/samples, copied next to the tests) import whole, and the records add
/// up to the total row the export writes itself, read here by splitting its lines.
/// </summary>
public sealed class SampleExportTests
{
    public static TheoryData<string, string, string, char, string, string[]> Samples => new()
    {
        { "google-ads-campaigns-by-day-2026-11-23.csv", "Google Ads", "Total: Account", '\t', "Day", ["Impr.", "Clicks", "Cost", "Conversions", "Conv. value"] },
        { "tiktok-ads-by-day-2026-11-23.csv", "TikTok Ads Manager", "Total of 21 results", ',', "By Day", ["Impressions", "Clicks (destination)", "Cost", "Conversions", "Total complete payment value"] },
    };

    private static byte[] Sample(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "samples", name));

    [Theory]
    [MemberData(nameof(Samples))]
    public void TheRecordsAddUpToTheTotalRowTheExportWrites(string file, string layout, string totalLabel, char separator, string dayColumn, string[] columns)
    {
        var result = MetricCsvImporter.Import(Sample(file), new CsvImportOptions());

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors.SelectMany(e => e.Value)));
        Assert.Equal((layout, "USD", 21), (result.Layout, result.Currency, result.Records.Count));
        var lines = Decode(Sample(file)).Split(["\r\n", "\n"], StringSplitOptions.RemoveEmptyEntries);
        var header = lines.First(l => l.StartsWith(dayColumn, StringComparison.Ordinal)).Split(separator);
        var total = Fields(lines.Single(l => l.StartsWith(totalLabel, StringComparison.Ordinal)), separator);
        decimal Total(string column) => decimal.Parse(total[Array.IndexOf(header, column)], NumberStyles.Number, CultureInfo.InvariantCulture);
        Assert.Equal(
            new decimal[] { Total(columns[0]), Total(columns[1]), Total(columns[2]), Total(columns[3]), Total(columns[4]) },
            new decimal[]
            {
                result.Records.Sum(r => r.Impressions!.Value), result.Records.Sum(r => r.Clicks!.Value), result.Records.Sum(r => r.Spend!.Value),
                result.Records.Sum(r => r.Conversions!.Value), result.Records.Sum(r => r.ConversionValue!.Value),
            });
    }

    [Fact]
    public void TheSnapchatSampleImportsWhole()
    {
        var result = MetricCsvImporter.Import(Sample("snapchat-ads-by-day-2026-11-23.csv"), new CsvImportOptions());

        Assert.True(result.Succeeded, string.Join(" | ", result.Errors.SelectMany(e => e.Value)));
        Assert.Equal(("Snapchat Ads Manager", "USD", 21, 2), (result.Layout, result.Currency, result.Records.Count, result.Records.DistinctBy(r => r.CampaignId).Count()));
    }

    private static string Decode(byte[] bytes) => bytes is [0xFF, 0xFE, ..] ? Encoding.Unicode.GetString(bytes, 2, bytes.Length - 2) : Encoding.UTF8.GetString(bytes).TrimStart('\uFEFF');

    /// <summary>The fields of a line whose quoted fields hold no quotes, as the samples write them.</summary>
    private static string[] Fields(string line, char separator)
    {
        var fields = new List<string>();
        var field = new StringBuilder();
        var quoted = false;
        foreach (var c in line)
        {
            if (c == '"')
            {
                quoted = !quoted;
            }
            else if (c == separator && !quoted)
            {
                fields.Add(field.ToString());
                field.Clear();
            }
            else
            {
                field.Append(c);
            }
        }

        fields.Add(field.ToString());
        return [.. fields];
    }
}
