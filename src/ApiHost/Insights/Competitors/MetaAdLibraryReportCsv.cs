using System.Globalization;
using System.Text.RegularExpressions;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Ingestion.Csv;
using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Competitors;

namespace GrainMarketing.ApiHost.Insights.Competitors;

/// <summary>Reads the advertisers CSV of Meta's Ad Library Report (facebook.com/ads/library/report, "Download report").</summary>
/// <remarks>
/// The layout, from Meta's own sample report in facebookresearch/Ad-Library-API-Script-Repository
/// (<c>FacebookAdLibraryReport_2022-11-18_TH_yesterday_advertisers.csv</c>) and 2019 files kept by researchers:
/// <c>Page ID,Page name,Disclaimer,Amount spent (THB),Number of ads in Library</c>; 2019 files had no Page ID and wrote
/// <c>Page Name,Disclaimer,Amount Spent (GBP),Number of Ads in Library</c>. Spend under 100 is written <c>≤100</c>;
/// one Page appears once per disclaimer, so its rows are summed. The report covers only ads about social issues,
/// elections or politics: commercial advertisers are not in it. The file holds no dates: the period comes from the
/// name Meta gives it, <c>FacebookAdLibraryReport_{date}_{country}_{span}_advertisers.csv</c>, where the date is the
/// last day covered (researchers' reading of the convention, not stated by Meta: unsure) and the span is
/// <c>yesterday</c>, <c>last_7_days</c>, <c>last_30_days</c> or <c>last_90_days</c>; <c>lifelong</c> reports sum
/// everything since 2018 and are refused. Whether Meta still writes Page IDs of deleted Pages with an empty name is
/// unsure; such rows are kept under their ID.
/// </remarks>
public static partial class MetaAdLibraryReportCsv
{
    /// <summary>How many lines from the top are tried as the header.</summary>
    public const int HeaderSearchLines = 10;

    private static readonly Dictionary<string, int> SpanDays = new(StringComparer.Ordinal)
    {
        ["yesterday"] = 1,
        ["last_7_days"] = 7,
        ["last_30_days"] = 30,
        ["last_90_days"] = 90,
    };

    /// <summary>The report's advertisers (only <paramref name="pages"/>, by Page ID or name, when given), or a 400 naming the file or each bad line and its column.</summary>
    public static MetaAdLibraryFile Read(ReadOnlySpan<byte> content, string? fileName, IReadOnlySet<string>? pages)
    {
        if (!CsvText.TryDecode(content, out var decoded))
        {
            throw ValidationErrors.Refusal("file", "The file is neither UTF-8 nor UTF-16: download the report again.");
        }

        // Researchers saw a byte order mark repeated inside Meta's files; it is never part of a name.
        var text = decoded.Replace("\uFEFF", "", StringComparison.Ordinal);
        var (period, country) = NameParts(fileName);
        foreach (var (number, _, line) in CsvText.Lines(text, HeaderSearchLines))
        {
            var separator = CsvText.SeparatorOf(line);
            var header = CsvText.Fields(line, separator).Select(f => f.Trim()).ToArray();
            var name = Array.FindIndex(header, h => h.Equals("Page name", StringComparison.OrdinalIgnoreCase));
            if (name < 0)
            {
                continue;
            }

            var columns = new Columns(
                Array.FindIndex(header, h => h.Equals("Page ID", StringComparison.OrdinalIgnoreCase)), name,
                Array.FindIndex(header, h => SpendHeader().IsMatch(h)),
                Array.FindIndex(header, h => AdsHeader().IsMatch(h)),
                header);
            var rows = Rows(text, number, separator, columns, pages);
            var currency = columns.Spend >= 0 ? SpendHeader().Match(header[columns.Spend]).Groups["currency"].Value : "";
            return new MetaAdLibraryFile(MetaAdSources.Report, period, rows, currency.Length > 0 ? currency.ToUpperInvariant() : null, country,
                separator == '\t' ? "ad library report, tab" : "ad library report, comma");
        }

        throw ValidationErrors.Refusal("file",
            $"No header with a 'Page name' column among the first {HeaderSearchLines} lines: import the report's _advertisers.csv file.");
    }

    /// <summary>The period and country a report's file name gives; a 400 for a lifelong report.</summary>
    public static (DateRange? Period, string? Country) NameParts(string? fileName)
    {
        if (fileName is null || ReportName().Match(fileName) is not { Success: true } match
            || !DateOnly.TryParseExact(match.Groups["date"].Value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var last))
        {
            return (null, null);
        }

        var span = match.Groups["span"].Value;
        if (!SpanDays.TryGetValue(span, out var days))
        {
            throw ValidationErrors.Refusal("fileName",
                "A lifelong report sums every ad since 2018, so it has no period to compare: import the 7-, 30- or 90-day reports.");
        }

        return (new DateRange(last.AddDays(1 - days), last), match.Groups["country"].Value);
    }

    private static List<MetaAdvertiserRow> Rows(string text, int headerLine, char separator, Columns columns, IReadOnlySet<string>? pages)
    {
        var errors = new ValidationErrors();
        if (columns.Spend < 0 || columns.Ads < 0)
        {
            errors.Add("file", $"The header needs 'Amount spent' and 'Number of ads in Library' columns; it has: {string.Join(", ", columns.Header)}.");
            errors.ThrowIfAny();
        }

        var byPage = new Dictionary<string, MetaAdvertiserRow>(StringComparer.Ordinal);
        foreach (var (number, _, line) in CsvText.Lines(text, int.MaxValue).Skip(headerLine + 1))
        {
            var fields = CsvText.Fields(line, separator);
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (Row(fields, columns, number + 1, errors) is { } row && Wanted(row, pages))
            {
                byPage[row.Key] = byPage.TryGetValue(row.Key, out var seen)
                    ? seen with { Ads = seen.Ads + row.Ads, Spend = seen.Spend!.Plus(row.Spend!) }
                    : row;
            }
        }

        if (errors.IsEmpty && byPage.Count == 0)
        {
            errors.Add(pages is null ? "file" : "pages", pages is null ? "The report has a header but no advertisers." : "None of the pages asked for is in the report.");
        }
        else if (byPage.Count > MetaAdLibraryImport.MaxRows)
        {
            errors.Add("file", $"{byPage.Count} advertisers; at most {MetaAdLibraryImport.MaxRows} are kept per period: name the competitors with ?pages=.");
        }

        errors.ThrowIfAny();
        return [.. byPage.Values];
    }

    private static MetaAdvertiserRow? Row(string[] fields, Columns columns, int line, ValidationErrors errors)
    {
        var problems = new List<string>();
        var id = Cell(fields, columns.PageId).Trim();
        var name = Cell(fields, columns.Name).Trim();
        if (id.Length > 0 && !id.All(char.IsAsciiDigit))
        {
            problems.Add($"Page ID: '{id}' is not a number.");
        }

        if (name.Length == 0 && id.Length == 0)
        {
            problems.Add("Page name: empty.");
        }

        var spendCell = Cell(fields, columns.Spend);
        var spend = MetaRangeText.Parse(spendCell);
        if (spend is null)
        {
            problems.Add($"{columns.Header[columns.Spend]}: '{spendCell}' is not an amount (7212, 1,234 or ≤100).");
        }

        var adsCell = Cell(fields, columns.Ads);
        var ads = MetaRangeText.Count(adsCell);
        if (ads is null)
        {
            problems.Add($"{columns.Header[columns.Ads]}: '{adsCell}' is not a whole number.");
        }

        if (problems.Count > 0)
        {
            errors.Add($"line {line}", string.Join(" ", problems));
            return null;
        }

        return new MetaAdvertiserRow(id.Length > 0 ? id : null, name.Length > 0 ? name : id, ads!.Value, null, [], spend, null, null);
    }

    private static bool Wanted(MetaAdvertiserRow row, IReadOnlySet<string>? pages) =>
        pages is null || (row.PageId is { } id && pages.Contains(id)) || pages.Contains(row.PageName.ToLowerInvariant());

    private static string Cell(string[] fields, int index) => index >= 0 && index < fields.Length ? fields[index] : "";

    private sealed record Columns(int PageId, int Name, int Spend, int Ads, string[] Header);

    [GeneratedRegex(@"^(?:Total )?amount spent(?: \((?<currency>[A-Za-z]{3})\))?\z", RegexOptions.IgnoreCase)]
    private static partial Regex SpendHeader();

    [GeneratedRegex(@"^(?:Total )?number of ads in (?:the )?(?:Ad )?Library\z", RegexOptions.IgnoreCase)]
    private static partial Regex AdsHeader();

    [GeneratedRegex(@"FacebookAdLibraryReport_(?<date>\d{4}-\d{2}-\d{2})_(?<country>[A-Z]{2})_(?<span>[a-z_0-9]+?)(?:_advertisers)?(?:\.csv)?\z")]
    private static partial Regex ReportName();
}
