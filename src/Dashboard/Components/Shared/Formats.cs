using System.Globalization;

namespace GrainMarketing.Dashboard.Components.Shared;

/// <summary>How numbers read on every page: money with the tenant's currency, ratios with their unit, and a dash for "none".</summary>
public static class Formats
{
    public const string None = "—";

    public static string Money(double? value, string? currency) =>
        value is { } amount ? $"{amount.ToString("N2", CultureInfo.InvariantCulture)} {currency}".TrimEnd() : None;

    public static string Count(double? value) => value is { } count ? count.ToString("N0", CultureInfo.InvariantCulture) : None;

    public static string Ratio(double? value) => value is { } ratio ? ratio.ToString("N2", CultureInfo.InvariantCulture) + "×" : None;

    public static string Percent(double? value) => value is { } share ? share.ToString("P2", CultureInfo.InvariantCulture) : None;

    /// <summary>Relative change from <paramref name="previous"/> to <paramref name="current"/>; null when there is nothing to compare with.</summary>
    public static double? Change(double? current, double? previous) =>
        current is { } now && previous is { } before && before != 0 ? (now - before) / Math.Abs(before) : null;
}
