using System.Globalization;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Ingestion.Csv;
using GrainMarketing.Campaigns;
using GrainMarketing.Insights.Competitors;

namespace GrainMarketing.ApiHost.Insights.Competitors;

/// <summary>Reads a Google Ads "Auction insights" export as the UI downloads it.</summary>
/// <remarks>
/// What is handled: UTF-8 (with or without a byte order mark) and UTF-16 (LE or BE with a mark, LE without), comma,
/// tab or semicolon separated (the "CSV" download of the UI is often UTF-16 with tabs); report lines above the
/// header (a title, and a date-range line such as <c>December 1, 2025 - December 31, 2025</c> or
/// <c>2025-12-01 - 2025-12-31</c>, which gives the period); the header found by its "Display URL domain" column
/// (Shopping's "Store display name" too) among the first lines; percent cells (<c>45.67%</c>), <c>&lt; 10%</c>
/// and <c>--</c> (no data); the "You" row. Columns other than the seven are ignored. A file is taken whole or
/// refused: a bad cell is named by its line and column.
/// </remarks>
public static class AuctionInsightsCsv
{
    /// <summary>How many lines from the top are tried as the header.</summary>
    public const int HeaderSearchLines = 10;

    private const string DomainColumn = "Display URL domain";

    private static readonly string[] DomainColumns = [DomainColumn, "Store display name"];

    private static readonly (string Name, string[] Aliases)[] ShareColumns =
    [
        ("Impression share", ["Impression share", "Search impression share"]),
        ("Overlap rate", ["Overlap rate"]),
        ("Position above rate", ["Position above rate"]),
        ("Top of page rate", ["Top of page rate"]),
        ("Abs. Top of page rate", ["Abs. Top of page rate", "Absolute top of page rate", "Abs. top of page rate"]),
        ("Outranking share", ["Outranking share"]),
    ];

    private static readonly string[] DateFormats =
        ["MMMM d, yyyy", "MMM d, yyyy", "d MMMM yyyy", "d MMM yyyy", "yyyy-MM-dd", "MMM d yyyy", "MMMM d yyyy"];

    /// <summary>The export, or a 400 naming the file, or each bad line and its column.</summary>
    public static AuctionInsightsFile Read(ReadOnlySpan<byte> content)
    {
        if (!CsvText.TryDecode(content, out var text))
        {
            throw ValidationErrors.Refusal("file", "The file is neither UTF-8 nor UTF-16: download the report again as CSV.");
        }

        var encoding = content switch
        {
            [0xFF, 0xFE, ..] => "utf-16le",
            [0xFE, 0xFF, ..] => "utf-16be",
            [0xEF, 0xBB, 0xBF, ..] => "utf-8",
            [_, 0, ..] => "utf-16le",
            _ => "utf-8",
        };
        DateRange? period = null;
        foreach (var (number, _, line) in CsvText.Lines(text, HeaderSearchLines))
        {
            var separator = CsvText.SeparatorOf(line);
            var fields = CsvText.Fields(line, separator).Select(f => f.Trim()).ToArray();
            if (Array.FindIndex(fields, f => DomainColumns.Contains(f, StringComparer.OrdinalIgnoreCase)) is var domain and >= 0)
            {
                var rows = Rows(text, number, separator, domain, fields);
                return new AuctionInsightsFile(period, rows, $"{encoding}, {Name(separator)}");
            }

            period ??= DateRangeLine(line);
        }

        throw ValidationErrors.Refusal("file",
            $"No header with a '{DomainColumn}' column among the first {HeaderSearchLines} lines: this is not a Google Ads auction-insights export.");
    }

    /// <summary>The period a report line such as <c>December 1, 2025 - December 31, 2025</c> names; null for any other line.</summary>
    public static DateRange? DateRangeLine(string line)
    {
        var text = line.Trim().Trim('"', ',', '\t', ';').Trim();
        foreach (var dash in new[] { " - ", " – ", " — " })
        {
            var parts = text.Split(dash);
            if (parts.Length == 2 && Date(parts[0]) is { } from && Date(parts[1]) is { } to && from <= to)
            {
                return new DateRange(from, to);
            }
        }

        return null;
    }

    /// <summary>A percent cell: <c>45.67%</c>, <c>&lt; 10%</c>, or <c>--</c> and empty for no data; null when unreadable.</summary>
    public static AuctionShare? Share(string cell)
    {
        var text = cell.Trim();
        if (text is "" or "--" or "-")
        {
            return AuctionShare.None;
        }

        if (text.Replace(" ", "", StringComparison.Ordinal) == "<10%")
        {
            return AuctionShare.UnderTen;
        }

        return text.EndsWith('%')
            && decimal.TryParse(text[..^1].Trim(), NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var percent)
            && percent <= 100m
                ? new AuctionShare(percent)
                : null;
    }

    private static List<AuctionInsightsRow> Rows(string text, int headerLine, char separator, int domainColumn, string[] header)
    {
        var columns = ShareColumns.Select(c => Array.FindIndex(header, h => c.Aliases.Contains(h, StringComparer.OrdinalIgnoreCase))).ToArray();
        var errors = new ValidationErrors();
        if (columns[0] < 0)
        {
            errors.Add("file", $"The header has no 'Impression share' column; it has: {string.Join(", ", header)}.");
            errors.ThrowIfAny();
        }

        var rows = new List<AuctionInsightsRow>();
        var domains = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (number, _, line) in CsvText.Lines(text, int.MaxValue).Skip(headerLine + 1))
        {
            var fields = CsvText.Fields(line, separator);
            if (fields.All(string.IsNullOrWhiteSpace))
            {
                continue;
            }

            if (Row(fields, number + 1, domainColumn, columns, domains, errors) is { } row)
            {
                rows.Add(row);
            }
        }

        if (rows.Count == 0)
        {
            errors.Add("file", "The export has a header but no rows.");
        }
        else if (rows.Count > AuctionInsightsImport.MaxRows)
        {
            errors.Add("file", $"At most {AuctionInsightsImport.MaxRows} rows per export.");
        }

        errors.ThrowIfAny();
        return rows;
    }

    private static AuctionInsightsRow? Row(string[] fields, int line, int domainColumn, int[] columns, HashSet<string> domains, ValidationErrors errors)
    {
        var problems = new List<string>();
        var domain = Cell(fields, domainColumn).Trim();
        var isYou = string.Equals(domain, "You", StringComparison.OrdinalIgnoreCase);
        domain = isYou ? "You" : domain.ToLowerInvariant();
        if (domain.Length == 0)
        {
            problems.Add($"{DomainColumn}: empty.");
        }
        else if (!domains.Add(domain))
        {
            problems.Add($"{DomainColumn}: '{domain}' appears on an earlier line too.");
        }

        var shares = new AuctionShare[columns.Length];
        for (var i = 0; i < columns.Length; i++)
        {
            var cell = columns[i] < 0 ? "" : Cell(fields, columns[i]);
            if (Share(cell) is { } share)
            {
                shares[i] = share;
            }
            else
            {
                problems.Add($"{ShareColumns[i].Name}: '{cell}' is not a percentage (45.67%), '< 10%' or '--'.");
            }
        }

        if (problems.Count > 0)
        {
            errors.Add($"line {line}", string.Join(" ", problems));
            return null;
        }

        return new AuctionInsightsRow(domain, isYou, shares[0], shares[1], shares[2], shares[3], shares[4], shares[5]);
    }

    private static string Cell(string[] fields, int index) => index < fields.Length ? fields[index] : "";

    private static DateOnly? Date(string text) =>
        DateOnly.TryParseExact(text.Trim(), DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var date) ? date : null;

    private static string Name(char separator) => separator switch
    {
        '\t' => "tab",
        ';' => "semicolon",
        _ => "comma",
    };
}
