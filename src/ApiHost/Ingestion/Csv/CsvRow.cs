using System.Globalization;
using System.Text.RegularExpressions;

namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>One data row, read by column name; numbers parsed the way ad platforms write them.</summary>
public sealed partial class CsvRow(IReadOnlyList<string> header, string[] fields, int line)
{
    private readonly List<string> _problems = [];

    public int Line { get; } = line;

    public IReadOnlyList<string> Problems => _problems;

    /// <summary>The trimmed value of the first column whose name fits, or null when absent or blank.</summary>
    public string? Text(params string[] names)
    {
        foreach (var name in names)
        {
            for (var i = 0; i < header.Count && i < fields.Length; i++)
            {
                if (CsvLayout.Fits(header[i], name))
                {
                    var value = fields[i].Trim();
                    return value.Length == 0 ? null : value;
                }
            }
        }

        return null;
    }

    public long? Long(params string[] names) => Number(names) is { } value ? decimal.ToInt64(decimal.Truncate(value)) : null;

    /// <summary>
    /// A number as exports write it: "1234.5", "1,234.5" (thousands groups), "--" or blank for nothing
    /// (zero). Anything else is recorded as a problem of this row.
    /// </summary>
    public decimal? Number(params string[] names)
    {
        var text = Text(names);
        if (text is null || text == "--")
        {
            return text is null ? null : 0m;
        }

        var plain = Grouped().IsMatch(text) ? text.Replace(",", "", StringComparison.Ordinal) : text;
        if (decimal.TryParse(plain, NumberStyles.AllowDecimalPoint | NumberStyles.AllowLeadingSign | NumberStyles.AllowExponent,
                CultureInfo.InvariantCulture, out var value))
        {
            return value;
        }

        _problems.Add($"{names[0]}: '{text}' is not a number.");
        return null;
    }

    /// <summary>A date as yyyy-MM-dd, or Google's "Nov 1, 2026"; a problem otherwise.</summary>
    public string? Date(string name)
    {
        var text = Text(name);
        if (text is null)
        {
            return null;
        }

        if (DateOnly.TryParseExact(text, ["yyyy-MM-dd", "MMM d, yyyy", "MMMM d, yyyy"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        }

        _problems.Add($"{name}: '{text}' is not a date.");
        return null;
    }

    [GeneratedRegex(@"^-?\d{1,3}(,\d{3})+(\.\d+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Grouped();
}
