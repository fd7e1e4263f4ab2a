using System.Globalization;
using MathNet.Numerics.Distributions;

namespace GrainMarketing.IntegrationTests.Insights.Audience;

/// <summary>
/// Metric rows of one campaign broken down by interest over days ending today, with planted truths: "cooking" converts at half
/// the others' CPA, "running" pays a CPA growing in step with its spend (it buys no more conversions) while its spend ramps up fourfold, "travel"
/// ramps the same at a flat CPA, and "chess" spends too little to judge. Conversions are Poisson with a fixed seed.
/// </summary>
public static class PlantedInterests
{
    public static List<Dictionary<string, object?>> Rows(int days)
    {
        var random = new Random(18);
        var rows = new List<Dictionary<string, object?>>();
        for (var day = 0; day < days; day++)
        {
            var ramp = 100 + (300.0 * day / (days - 1));
            var date = DateTime.UtcNow.Date.AddDays(day - days + 1).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            rows.Add(Row(random, "running", date, ramp, 20 * ramp / 100));
            rows.Add(Row(random, "travel", date, ramp, 20));
            rows.Add(Row(random, "music", date, 200, 20));
            rows.Add(Row(random, "gaming", date, 180, 20));
            rows.Add(Row(random, "cooking", date, 150, 10));
            rows.Add(Row(random, "chess", date, 3, 20));
        }

        return rows;
    }

    /// <summary>The conversions the rows hold, to know when every one has arrived.</summary>
    public static decimal Conversions(IEnumerable<Dictionary<string, object?>> rows) => rows.Sum(row => (decimal)row["conversions"]!);

    private static Dictionary<string, object?> Row(Random random, string interest, string date, double spend, double cpa)
    {
        var conversions = Poisson.Sample(random, spend / cpa);
        return new()
        {
            ["platform"] = "meta",
            ["campaignId"] = "interests",
            ["date"] = date,
            ["interest"] = interest,
            ["impressions"] = (long)(spend * 50),
            ["clicks"] = (long)(spend / 0.8),
            ["spend"] = Math.Round((decimal)spend, 2),
            ["conversions"] = (decimal)conversions,
            ["conversionValue"] = conversions * 60m,
        };
    }
}
