using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;

namespace GrainMarketing.Dashboard.Insights;

/// <summary>How a figure with its interval reads: "12.40 (80%: 10.10 – 14.90)".</summary>
public static class Intervals
{
    public static string Number(double? value) => value is { } number ? number.ToString("N2", CultureInfo.InvariantCulture) : Formats.None;

    public static string Range(double? lower, double? upper) => lower is null && upper is null ? Formats.None : $"{Number(lower)} – {Number(upper)}";

    public static string Of(Estimate? estimate) => estimate is null ? Formats.None : $"{Number(estimate.Value)} (80%: {Range(estimate.Lower80, estimate.Upper80)})";

    public static string Of(double? value, double? lower, double? upper) => value is null ? Formats.None : $"{Number(value)} (80%: {Range(lower, upper)})";

    /// <summary>A signed figure: "+3.20" or "−1.10", for gains that may be losses.</summary>
    public static string Signed(double? value) => value is { } number ? (number >= 0 ? "+" : "−") + Math.Abs(number).ToString("N2", CultureInfo.InvariantCulture) : Formats.None;
}
