using System.Text.Json;

namespace GrainMarketing.Bench;

/// <summary>Totals as a system under test reports them, checked field by field against the generator's sums.</summary>
internal readonly record struct ObservedTotals(long Impressions, long Clicks, decimal Spend, decimal Conversions, decimal ConversionValue)
{
    /// <summary>From the API's <c>totals</c> object.</summary>
    public static ObservedTotals FromJson(JsonElement totals) => new(
        totals.GetProperty("impressions").GetInt64(),
        totals.GetProperty("clicks").GetInt64(),
        totals.GetProperty("spend").GetDecimal(),
        totals.GetProperty("conversions").GetDecimal(),
        totals.GetProperty("conversionValue").GetDecimal());

    /// <summary>"OK", or every field that differs with both values.</summary>
    public string Check(EventTotals expected)
    {
        var differences = new List<string>();
        Compare(differences, "impressions", Impressions, expected.Impressions);
        Compare(differences, "clicks", Clicks, expected.Clicks);
        Compare(differences, "spend", Spend, expected.Spend);
        Compare(differences, "conversions", Conversions, expected.Conversions);
        Compare(differences, "conversion value", ConversionValue, expected.ConversionValue);
        return differences.Count == 0 ? $"OK ({expected})" : $"MISMATCH: {string.Join("; ", differences)}";
    }

    private static void Compare(List<string> differences, string field, decimal observed, decimal expected)
    {
        if (observed != expected)
        {
            differences.Add($"{field} {observed:N4} instead of {expected:N4}");
        }
    }
}
