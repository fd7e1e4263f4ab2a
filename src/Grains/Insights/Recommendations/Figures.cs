using System.Globalization;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>Numbers as the explanations and evidence show them.</summary>
public static class Figures
{
    public static string Money(double value) => value.ToString("#,0.00", CultureInfo.InvariantCulture);

    public static string Count(double value) => value.ToString("#,0.#", CultureInfo.InvariantCulture);

    public static string Percent(double share) => (share * 100).ToString("0.##", CultureInfo.InvariantCulture) + "%";

    public static string P(double p) => p < 0.0001 ? "< 0.0001" : p.ToString("0.####", CultureInfo.InvariantCulture);

    /// <summary>A figure rounded for the evidence: four significant digits (a figure below 10⁻¹² as it is, since rounding cannot keep more than 15 decimals: a tiny p-value).</summary>
    public static double Round(double value) =>
        value == 0 || !double.IsFinite(value) || Math.Abs(value) < 1e-12 ? value : Math.Round(value, Math.Max(0, 3 - (int)Math.Floor(Math.Log10(Math.Abs(value)))));

    /// <remarks>A figure that is not known (NaN, such as a frequency where reach is not reported) is left out: JSON has no NaN.</remarks>
    public static IReadOnlyDictionary<string, double> Of(params (string Name, double Value)[] figures) =>
        figures.Where(f => double.IsFinite(f.Value)).ToDictionary(f => f.Name, f => Round(f.Value), StringComparer.Ordinal);
}
