using System.Globalization;
using System.Text.RegularExpressions;

namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>One data row of an export, read by column name.</summary>
/// <remarks>Values that cannot be read are collected in <see cref="Problems"/> (and read as null), so one pass reports every bad field of the row.</remarks>
internal sealed partial class CsvExportRow(CsvHeader header, string[] fields)
{
    private static readonly string[] DateFormats = ["yyyy-MM-dd", "yyyy/MM/dd", "MMM d, yyyy", "MMMM d, yyyy"];
    private static readonly string[] MidnightFormats = ["yyyy-MM-dd HH:mm:ss", "yyyy-MM-dd HH:mm"];

    private readonly List<string> _problems = [];

    public CsvHeader Header => header;

    public IReadOnlyList<string> Problems => _problems;

    public bool IsBlank => fields.All(string.IsNullOrWhiteSpace);

    /// <summary>Fields past the last column that hold something: an unquoted "1,234" in a comma file splits and shifts the row.</summary>
    public int ExtraFields => fields.Skip(header.Count).Count(value => !string.IsNullOrWhiteSpace(value));

    public int FieldCount => fields.Length;

    public void AddProblem(string problem) => _problems.Add(problem);

    /// <summary>A summary row: a "Total" label in any cell ("Total", "Total: Account", "Total: Filtered campaigns", …) and no date in the date column.</summary>
    /// <remarks>
    /// Google writes the label in the first column, which is the segment (Day) when the report is segmented by day, and
    /// its campaign-type totals ("Total: Search", "Total: Display") wherever the report puts them. A row with a date is
    /// data, so a campaign named "Total Recall" is read.
    /// </remarks>
    public bool IsSummary(params string[] dateColumns) =>
        fields.Any(IsTotalLabel) && !(Text(dateColumns) is { } date && TryParseDate(date, out _));

    /// <summary>The trimmed value of the first of <paramref name="names"/> the header has; null when absent, blank or "--".</summary>
    public string? Text(params string[] names)
    {
        var index = IndexOf(names);
        var value = index < 0 ? null : Raw(index);
        return value is null or "" or "--" ? null : value;
    }

    /// <summary>A number as exports write it, with invariant culture.</summary>
    /// <remarks>
    /// "1234.5"; "1,234.5" in thousands groups (a comma file can only hold it quoted, since an unquoted comma splits
    /// the field); "--" or blank for 0. Null when the header has none of <paramref name="names"/>.
    /// </remarks>
    public decimal? Number(params string[] names)
    {
        var index = IndexOf(names);
        if (index < 0)
        {
            return null;
        }

        if (index >= fields.Length)
        {
            _problems.Add($"{header[index]}: missing (the row has {fields.Length} fields, the header {header.Count}).");
            return null;
        }

        return Raw(index) is "" or "--" ? 0m : Parse(index);
    }

    /// <summary>A number read as <see cref="Number"/> does, but null (not 0) when blank, missing or "--": for values a row may leave out.</summary>
    public decimal? OptionalNumber(string name)
    {
        var index = IndexOf([name]);
        return index < 0 || Raw(index) is "" or "--" ? null : Parse(index);
    }

    private decimal? Parse(int index)
    {
        var text = Raw(index);
        var plain = ThousandsGroups().IsMatch(text) ? text.Replace(",", "", StringComparison.Ordinal) : text;
        if (decimal.TryParse(plain, NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _problems.Add($"{header[index]}: '{text}' is not a number.");
        return null;
    }

    /// <summary>A count (impressions, clicks): a <see cref="Number"/> that is whole and fits 64 bits.</summary>
    public long? Count(params string[] names) => Number(names) is { } value ? Whole(value, IndexOf(names)) : null;

    /// <summary>A count read as <see cref="OptionalNumber"/> does: null (not 0) when blank, missing or "--", as a reach the export left out.</summary>
    public long? OptionalCount(string name) => OptionalNumber(name) is { } value ? Whole(value, IndexOf([name])) : null;

    /// <summary>
    /// The date in the first of <paramref name="names"/> the header has, as yyyy-MM-dd: written as yyyy-MM-dd (with or
    /// without a midnight time), yyyy/MM/dd, or as Google writes it ("Nov 1, 2026").
    /// </summary>
    public string? Date(params string[] names)
    {
        var column = IndexOf(names) is var index and >= 0 ? header[index] : names[0];
        var text = Text(names);
        if (text is null)
        {
            _problems.Add($"{column}: required.");
            return null;
        }

        if (TryParseDate(text, out var date))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        _problems.Add($"{column}: '{text}' is not a date (yyyy-MM-dd or MMM d, yyyy).");
        return null;
    }

    private static bool TryParseDate(string text, out DateOnly date)
    {
        if (DateOnly.TryParseExact(text, DateFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out date))
        {
            return true;
        }

        // A day written as its first instant; any other time is not a day.
        var midnight = DateTime.TryParseExact(text, MidnightFormats, CultureInfo.InvariantCulture, DateTimeStyles.None, out var instant)
            && instant.TimeOfDay == TimeSpan.Zero;
        date = midnight ? DateOnly.FromDateTime(instant) : default;
        return midnight;
    }

    /// <summary>"Total" alone or followed by a colon or a space: how the platforms label their summary rows.</summary>
    private static bool IsTotalLabel(string field)
    {
        var text = field.Trim();
        return text.StartsWith("Total", StringComparison.OrdinalIgnoreCase) && (text.Length == 5 || text[5] == ':' || char.IsWhiteSpace(text[5]));
    }

    private long? Whole(decimal value, int index)
    {
        if (value == decimal.Truncate(value) && value >= long.MinValue && value <= long.MaxValue)
        {
            return (long)value;
        }

        _problems.Add($"{header[index]}: '{Raw(index)}' is not a whole number.");
        return null;
    }

    private int IndexOf(string[] names)
    {
        foreach (var name in names)
        {
            if (header.IndexOf(name) is var index and >= 0)
            {
                return index;
            }
        }

        return -1;
    }

    private string Raw(int index) => index < fields.Length ? fields[index].Trim() : "";

    [GeneratedRegex(@"^[-+]?\d{1,3}(,\d{3})+(\.\d+)?\z", RegexOptions.CultureInvariant)]
    private static partial Regex ThousandsGroups();
}
