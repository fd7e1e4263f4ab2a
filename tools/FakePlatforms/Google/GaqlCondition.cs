using System.Globalization;

namespace GrainMarketing.FakePlatforms.Google;

/// <summary>One WHERE condition of a GAQL query: a field, an operator and its values (quotes removed).</summary>
public sealed record GaqlCondition(string Field, string Operator, IReadOnlyList<string> Values)
{
    /// <summary>Whether a row's value (as the fake holds it: strings, longs, doubles) meets the condition.</summary>
    public bool Holds(object? value)
    {
        var text = value switch
        {
            null => "",
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => value.ToString() ?? "",
        };
        return Operator switch
        {
            "=" => Compare(text, Values[0]) == 0,
            "!=" => Compare(text, Values[0]) != 0,
            ">" => Compare(text, Values[0]) > 0,
            ">=" => Compare(text, Values[0]) >= 0,
            "<" => Compare(text, Values[0]) < 0,
            "<=" => Compare(text, Values[0]) <= 0,
            "IN" => Values.Any(v => Compare(text, v) == 0),
            "NOT IN" => Values.All(v => Compare(text, v) != 0),
            "BETWEEN" => Compare(text, Values[0]) >= 0 && Compare(text, Values[1]) <= 0,
            _ => false,
        };
    }

    // Numbers compare as numbers; dates (yyyy-MM-dd) and enums compare as text.
    private static int Compare(string a, string b) =>
        decimal.TryParse(a, NumberStyles.Float, CultureInfo.InvariantCulture, out var x) && decimal.TryParse(b, NumberStyles.Float, CultureInfo.InvariantCulture, out var y)
            ? x.CompareTo(y)
            : string.CompareOrdinal(a, b);
}
