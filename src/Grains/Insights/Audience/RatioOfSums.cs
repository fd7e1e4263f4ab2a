using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Audience;

/// <summary>A ratio of two sums over days (conversion value over spend: ROAS) with its standard error from the daily variation.</summary>
/// <remarks>
/// The delta method for a ratio estimator: the residuals <c>value − ratio × spend</c> of each day carry both the
/// conversion count's and the order value's variation, and whatever else moves day to day, with no model of either;
/// unlike a bootstrap it answers the same every time and costs one pass. Days are taken as independent.
/// </remarks>
public readonly record struct RatioOfSums(double Ratio, double StandardError, int Days)
{
    /// <summary>The ratio with its standard error; null without a denominator. Days with neither numerator nor denominator carry no evidence and are skipped.</summary>
    public static RatioOfSums? Of(IEnumerable<(double Numerator, double Denominator)> days)
    {
        var used = days.Where(d => d.Numerator != 0 || d.Denominator != 0).ToList();
        var denominator = used.Sum(d => d.Denominator);
        if (denominator <= 0)
        {
            return null;
        }

        var ratio = used.Sum(d => d.Numerator) / denominator;
        if (used.Count < 2)
        {
            return new RatioOfSums(ratio, double.PositiveInfinity, used.Count);
        }

        var squares = used.Sum(d => Math.Pow(d.Numerator - (ratio * d.Denominator), 2));
        var error = Math.Sqrt(used.Count * squares / (used.Count - 1)) / denominator;
        return new RatioOfSums(ratio, error, used.Count);
    }

    /// <summary>The two-sided interval at <paramref name="level"/> on Student's t with days − 1 degrees of freedom, not below zero; null with fewer than two days.</summary>
    public (double Low, double High)? Interval(double level = 0.95)
    {
        if (Days < 2)
        {
            return null;
        }

        var half = StudentT.InvCDF(0, 1, Days - 1, 1 - ((1 - level) / 2)) * StandardError;
        return (Math.Max(0, Ratio - half), Ratio + half);
    }
}
