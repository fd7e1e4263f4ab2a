using System.Globalization;
using System.Text.RegularExpressions;
using GrainMarketing.Insights.Competitors;

namespace GrainMarketing.ApiHost.Insights.Competitors;

/// <summary>Reads a Meta Ad Library figure as Meta writes it: exact (<c>7212</c>, <c>1,234</c>), capped (<c>≤100</c>, <c>&lt;100</c>), a range (<c>1K-5K</c>, <c>$100-$499</c>, <c>€1,000 - €4,999</c>) or open (<c>1M+</c>, <c>&gt;1M</c>).</summary>
/// <remarks>
/// The Ad Library Report writes spend under 100 as <c>≤100</c> and larger spend in whole currency units without
/// grouping (its sample files); the Ad Library itself shows ranges such as <c>1K-5K</c> impressions and
/// <c>$1K-$5K</c> spend. Grouped thousands (<c>1,234</c>, <c>1 234</c>, <c>1.234</c>, <c>1'234</c>) are read too,
/// since a report opened and saved again in a spreadsheet gets them; a dot followed by exactly three digits is read
/// as grouping, because these figures are whole units.
/// </remarks>
public static partial class MetaRangeText
{
    private static readonly char[] CurrencySymbols = ['$', '€', '£', '¥', '₹', '₩', '₺', '₽', '฿', '₫', '₱', '₪', '₦', '\u00A0'];

    /// <summary>The range a cell names; null when it is not one of the forms above. Empty and <c>--</c> are null too: callers decide whether a missing figure is allowed.</summary>
    public static MetaRange? Parse(string cell)
    {
        var text = cell.Trim();
        if (text is "" or "--")
        {
            return null;
        }

        foreach (var cap in new[] { "≤", "<=", "<" })
        {
            if (text.StartsWith(cap, StringComparison.Ordinal))
            {
                return Number(text[cap.Length..]) is { } high ? new MetaRange(0m, high) : null;
            }
        }

        if (text.StartsWith('>') || text.EndsWith('+'))
        {
            return Number(text.Trim('>', '+', '=', '≥')) is { } low ? new MetaRange(low, null) : null;
        }

        var dash = text.IndexOfAny(['-', '–'], 1);
        if (dash > 0)
        {
            return Number(text[..dash]) is { } low && Number(text[(dash + 1)..]) is { } high && low <= high ? new MetaRange(low, high) : null;
        }

        return Number(text) is { } exact ? MetaRange.Exactly(exact) : null;
    }

    /// <summary>A whole count such as <c>12</c> or <c>1,204</c>; null otherwise.</summary>
    public static int? Count(string cell) =>
        Number(cell) is { } number && number == decimal.Truncate(number) && number <= int.MaxValue ? (int)number : null;

    /// <summary>One figure: an optional currency symbol or trailing code, grouped or plain digits, an optional K, M or B.</summary>
    private static decimal? Number(string text)
    {
        var value = text.Trim();
        value = CurrencyCode().Replace(value, "");
        value = value.Trim().TrimStart(CurrencySymbols).TrimEnd(CurrencySymbols).Trim();
        var scale = value.Length > 1 && char.IsDigit(value[^2]) ? char.ToUpperInvariant(value[^1]) switch
        {
            'K' => 1_000m,
            'M' => 1_000_000m,
            'B' => 1_000_000_000m,
            _ => 1m,
        } : 1m;
        if (scale != 1m)
        {
            value = value[..^1];
        }

        if (Grouped().IsMatch(value))
        {
            value = new string([.. value.Where(c => char.IsDigit(c) || c == '.')]);
        }
        else if (DotGrouped().IsMatch(value))
        {
            value = new string([.. value.Where(char.IsDigit)]);
        }
        else if (!Plain().IsMatch(value))
        {
            return null;
        }

        return decimal.TryParse(value, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var number) ? number * scale : null;
    }

    [GeneratedRegex(@"^\d{1,3}(?:[,\u00A0\u202F ']\d{3})+(?:\.\d+)?\z")]
    private static partial Regex Grouped();

    [GeneratedRegex(@"^\d{1,3}(?:\.\d{3})+\z")]
    private static partial Regex DotGrouped();

    [GeneratedRegex(@"^\d+(?:\.\d+)?\z")]
    private static partial Regex Plain();

    [GeneratedRegex(@"\s+[A-Z]{3}\z")]
    private static partial Regex CurrencyCode();
}
