using GrainMarketing.Dashboard.Api.Client.Models;
using MudBlazor;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Offers;

/// <summary>The chart of an uplift over the holdout: the estimate, with the lower and upper bounds of its 95% interval as their own series.</summary>
public static class UpliftSeries
{
    public const string Lower = "Lower bound (95%)";
    public const string Estimate = "Uplift";
    public const string Upper = "Upper bound (95%)";

    /// <summary>
    /// Lower bound, uplift and upper bound side by side, each multiplied by <paramref name="scale"/> (100 to read a rate
    /// in percentage points); a bound the API could not compute (too few customers) is left out, never drawn as zero.
    /// </summary>
    public static List<ChartSeries<double>> Of(Uplift uplift, double scale)
    {
        var series = new List<ChartSeries<double>>();
        if (uplift.Low is { } low)
        {
            series.Add(new() { Name = Lower, Data = new ChartData<double>([low * scale]) });
        }

        series.Add(new() { Name = Estimate, Data = new ChartData<double>([(uplift.Difference ?? 0) * scale]) });
        if (uplift.High is { } high)
        {
            series.Add(new() { Name = Upper, Data = new ChartData<double>([high * scale]) });
        }

        return series;
    }

    /// <summary>Whether the interval excludes zero: the effect is told apart from none at 95%.</summary>
    public static bool Significant(Uplift uplift) => uplift.Low is { } low && uplift.High is { } high && (low > 0 || high < 0);
}
