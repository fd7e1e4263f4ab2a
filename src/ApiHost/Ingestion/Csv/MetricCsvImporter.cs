using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Sylvan.Data.Csv;

namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>
/// Reads ad-platform exports as they come out of the tools: Meta Ads Manager, Google Ads (UI exports
/// open with a title and a date-range row, may be UTF-16 and tab-separated, end with "Total" rows) and
/// the Kaggle KAG Facebook layout (bare CR line ends, no date). Every row becomes a snapshot record.
/// </summary>
public static partial class MetricCsvImporter
{
    private const int HeaderSearchLines = 10;

    public static readonly IReadOnlyList<CsvLayout> Layouts =
    [
        new("Meta Ads Manager",
            ["Campaign name", "Day", "Impressions", "Amount spent (…)"],
            (row, _) => row.Text("Day") is null ? null : new MetricRecord(
                Platform: "meta",
                CampaignId: row.Text("Campaign ID") ?? Slug(row.Text("Campaign name")),
                Date: row.Date("Day"),
                CampaignName: row.Text("Campaign name"),
                AdSetId: row.Text("Ad set ID") ?? row.Text("Ad set name"),
                AdSetName: row.Text("Ad set name"),
                AdId: row.Text("Ad ID") ?? row.Text("Ad name"),
                AdName: row.Text("Ad name"),
                Age: row.Text("Age"),
                Gender: row.Text("Gender"),
                Country: row.Text("Country"),
                Region: row.Text("Region"),
                Impressions: row.Long("Impressions"),
                Reach: row.Long("Reach"),
                Clicks: row.Long("Link clicks", "Clicks (all)"),
                Spend: row.Number("Amount spent (…)"),
                Conversions: row.Number("Purchases", "Results"),
                ConversionValue: row.Number("Purchases conversion value", "Purchase conversion value"),
                Kind: "snapshot")),
        new("Google Ads",
            ["Campaign", "Day", "Impr.", "Clicks", "Cost"],
            (row, _) => row.Text("Campaign") is not { } campaign || campaign.StartsWith("Total", StringComparison.OrdinalIgnoreCase) ? null : new MetricRecord(
                Platform: "google",
                CampaignId: row.Text("Campaign ID") ?? Slug(campaign),
                Date: row.Date("Day"),
                CampaignName: campaign,
                AdSetId: row.Text("Ad group ID") ?? row.Text("Ad group"),
                AdSetName: row.Text("Ad group"),
                Age: row.Text("Age", "Age range"),
                Gender: row.Text("Gender"),
                Impressions: row.Long("Impr."),
                Clicks: row.Long("Clicks"),
                Spend: row.Number("Cost"),
                Conversions: row.Number("Conversions"),
                ConversionValue: row.Number("Conv. value"),
                Kind: "snapshot",
                Currency: row.Text("Currency code", "Currency"))),
        new("Kaggle KAG Facebook ads",
            ["ad_id", "xyz_campaign_id", "fb_campaign_id", "age", "gender", "interest", "Impressions", "Clicks", "Spent", "Approved_Conversion"],
            (row, options) => new MetricRecord(
                Platform: "meta",
                CampaignId: row.Text("xyz_campaign_id"),
                Date: options.DefaultDate?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
                AdSetId: row.Text("fb_campaign_id"),
                AdId: row.Text("ad_id"),
                Age: row.Text("age"),
                Gender: row.Text("gender"),
                Interest: row.Text("interest"),
                Impressions: row.Long("Impressions"),
                Clicks: row.Long("Clicks"),
                Spend: row.Number("Spent"),
                Conversions: row.Number("Approved_Conversion"),
                Kind: "snapshot")),
    ];

    public static CsvImportResult Import(byte[] content, CsvImportOptions options)
    {
        var text = Decode(content);
        var lines = LineBreak().Split(text);
        for (var index = 0; index < Math.Min(lines.Length, HeaderSearchLines); index++)
        {
            var delimiter = DelimiterOf(lines[index]);
            var header = lines[index].Split(delimiter).Select(column => column.Trim().Trim('"').Trim()).ToList();
            if (Layouts.FirstOrDefault(layout => layout.Matches(header)) is not { } layout)
            {
                continue;
            }

            if (layout.Name.StartsWith("Kaggle", StringComparison.Ordinal) && options.DefaultDate is null)
            {
                return Failure("date", "This export has no date column: pass the reporting date as ?date=yyyy-MM-dd.");
            }

            var rest = text[StartOfLine(text, index)..];
            return Read(rest, delimiter, layout, header, index, options);
        }

        return Failure("file", "Unknown CSV layout. Expected the columns of one of: "
            + string.Join("; ", Layouts.Select(l => $"{l.Name} ({string.Join(", ", l.RequiredColumns)})")) + ".");
    }

    private static CsvImportResult Read(string text, char delimiter, CsvLayout layout, List<string> header, int headerIndex, CsvImportOptions options)
    {
        using var reader = CsvDataReader.Create(new StringReader(text), new CsvDataReaderOptions { Delimiter = delimiter, HasHeaders = true });
        var records = new List<MetricRecord>();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        string? currency = header.FirstOrDefault(c => CsvLayout.Fits(c, "Amount spent (…)")) is { } spent ? CurrencyIn(spent) : null;
        var line = headerIndex + 1;
        while (reader.Read())
        {
            line++;
            var fields = new string[reader.RowFieldCount];
            for (var i = 0; i < fields.Length; i++)
            {
                fields[i] = reader.GetString(i);
            }

            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            var row = new CsvRow(header, fields, line);
            var record = layout.Map(row, options);
            if (row.Problems.Count > 0)
            {
                errors[$"line {row.Line}"] = [.. row.Problems];
            }
            else if (record is not null)
            {
                records.Add(currency is not null && record.Currency is null ? record with { Currency = currency } : record);
                currency ??= record.Currency;
            }
        }

        return errors.Count > 0
            ? new CsvImportResult(layout.Name, currency, [], errors)
            : new CsvImportResult(layout.Name, currency, records, new Dictionary<string, string[]>());
    }

    /// <summary>UTF-8 (with or without BOM) or UTF-16 LE/BE by BOM; UTF-16 LE without BOM when every second byte is zero.</summary>
    private static string Decode(byte[] content)
    {
        var encoding = content switch
        {
            [0xFF, 0xFE, ..] => Encoding.Unicode,
            [0xFE, 0xFF, ..] => Encoding.BigEndianUnicode,
            [_, 0, _, 0, ..] => Encoding.Unicode,
            _ => Encoding.UTF8,
        };
        var text = encoding.GetString(content);
        return text.Length > 0 && text[0] == '\uFEFF' ? text[1..] : text;
    }

    private static char DelimiterOf(string line) =>
        line.Contains('\t', StringComparison.Ordinal) ? '\t'
        : line.Count(c => c == ';') > line.Count(c => c == ',') ? ';'
        : ',';

    /// <summary>Where line <paramref name="index"/> (0-based; CR, LF or CRLF ends a line) starts in <paramref name="text"/>.</summary>
    private static int StartOfLine(string text, int index)
    {
        var position = 0;
        for (var skipped = 0; skipped < index; skipped++)
        {
            var end = text.IndexOfAny(['\r', '\n'], position);
            position = end + (text[end] == '\r' && end + 1 < text.Length && text[end + 1] == '\n' ? 2 : 1);
        }

        return position;
    }

    private static string? CurrencyIn(string column) =>
        CurrencySuffix().Match(column) is { Success: true } match ? match.Groups[1].Value.ToUpperInvariant() : null;

    /// <summary>A campaign id from a name, for exports without id columns: letters, digits and <c>_ . : -</c>, at most 100.</summary>
    private static string? Slug(string? name)
    {
        if (name is null)
        {
            return null;
        }

        var slug = NotIdCharacters().Replace(name.Trim(), "-").Trim('-');
        return slug.Length > 100 ? slug[..100] : slug;
    }

    private static CsvImportResult Failure(string field, string reason) =>
        new(null, null, [], new Dictionary<string, string[]> { [field] = [reason] });

    [GeneratedRegex(@"\r\n|\n|\r", RegexOptions.CultureInvariant)]
    private static partial Regex LineBreak();

    [GeneratedRegex(@"\(([A-Za-z]{3})\)\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencySuffix();

    [GeneratedRegex("[^A-Za-z0-9_.:-]+", RegexOptions.CultureInvariant)]
    private static partial Regex NotIdCharacters();
}
