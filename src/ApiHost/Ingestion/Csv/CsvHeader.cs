using System.Text.RegularExpressions;

namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>The column names of an export, trimmed and matched without case.</summary>
/// <remarks>
/// A wanted name ending in <see cref="CurrencySuffix"/> also matches that name followed by any currency code in
/// parentheses ("Amount spent (XXX)" matches "Amount spent (EUR)" and "Amount spent").
/// </remarks>
internal sealed partial class CsvHeader
{
    public const string CurrencySuffix = " (XXX)";

    private readonly string[] _names;
    private readonly Dictionary<string, int> _indexes = new(StringComparer.OrdinalIgnoreCase);

    public CsvHeader(IEnumerable<string> names)
    {
        _names = [.. names.Select(name => name.Trim())];
        for (var i = 0; i < _names.Length; i++)
        {
            _indexes.TryAdd(_names[i], i);
        }
    }

    public int Count => _names.Length;

    public string this[int index] => _names[index];

    /// <summary>The index of the first column with <paramref name="name"/>, or -1.</summary>
    public int IndexOf(string name)
    {
        if (_indexes.TryGetValue(name, out var index))
        {
            return index;
        }

        if (!name.EndsWith(CurrencySuffix, StringComparison.Ordinal))
        {
            return -1;
        }

        var stem = name[..^CurrencySuffix.Length];
        for (var i = 0; i < _names.Length; i++)
        {
            if (CurrencyOf(_names[i], stem) is not null || _names[i].Equals(stem, StringComparison.OrdinalIgnoreCase))
            {
                return i;
            }
        }

        return -1;
    }

    public bool Has(string name) => IndexOf(name) >= 0;

    /// <summary>The currency code in the first column named "<paramref name="stem"/> (XXX)", upper case; null when none names one.</summary>
    public string? Currency(string stem) => _names.Select(name => CurrencyOf(name, stem)).FirstOrDefault(code => code is not null);

    private static string? CurrencyOf(string column, string stem) =>
        column.StartsWith(stem, StringComparison.OrdinalIgnoreCase)
        && CurrencyInParentheses().Match(column[stem.Length..]) is { Success: true } match
            ? match.Groups[1].Value.ToUpperInvariant()
            : null;

    [GeneratedRegex(@"^\s*\(\s*([A-Za-z]{3})\s*\)\z", RegexOptions.CultureInvariant)]
    private static partial Regex CurrencyInParentheses();
}
