using MathNet.Numerics.Distributions;

namespace GrainMarketing.Experiments;

/// <summary>The units each variant needs to detect the minimum detectable effect at alpha (shared by the comparisons) with the asked power.</summary>
/// <remarks>
/// Each variant is compared with the control at alpha / (variants - 1) (Bonferroni), two-sided. Rates: the
/// two-proportion formula n = (z₁₋ₐ/₂ √(2 p̄ q̄) + z₁₋β √(p₀q₀ + p₁q₁))² / δ² with p₁ = baseline + δ (baseline - δ
/// when that would pass 1) and p̄ their mean. Means: n = 2 σ² (z₁₋ₐ/₂ + z₁₋β)² / δ², normal approximation.
/// </remarks>
public static class RequiredSampleSize
{
    public static SampleSize For(ExperimentDraft draft)
    {
        var alpha = draft.Alpha / (draft.Variants.Count - 1);
        var zAlpha = Normal.InvCDF(0, 1, 1 - (alpha / 2));
        var zPower = Normal.InvCDF(0, 1, draft.Power);
        var delta = draft.MinimumDetectableEffect;
        var unit = Unit(draft.Metric);
        if (draft.Metric.IsProportion())
        {
            var p0 = draft.Baseline!.Value;
            var p1 = p0 + delta < 1 ? p0 + delta : p0 - delta;
            var mean = (p0 + p1) / 2;
            var root = (zAlpha * Math.Sqrt(2 * mean * (1 - mean))) + (zPower * Math.Sqrt((p0 * (1 - p0)) + (p1 * (1 - p1))));
            return new SampleSize(
                Ceiling(root * root / (delta * delta)), unit,
                $"Two-proportion z test, two-sided at alpha {alpha:0.####} per comparison (alpha {draft.Alpha:0.####} shared by {draft.Variants.Count - 1}), power {draft.Power:0.##}: "
                + $"n = (z(1-alpha/2)·sqrt(2·p̄(1-p̄)) + z(power)·sqrt(p0(1-p0) + p1(1-p1)))² / δ² with p0 = {p0:0.######}, p1 = {p1:0.######}, δ = {delta:0.######}.");
        }

        var sigma = draft.StandardDeviation!.Value;
        var sum = zAlpha + zPower;
        return new SampleSize(
            Ceiling(2 * sigma * sigma * sum * sum / (delta * delta)), unit,
            $"Two-sample comparison of means (normal approximation to Welch's t), two-sided at alpha {alpha:0.####} per comparison (alpha {draft.Alpha:0.####} shared by {draft.Variants.Count - 1}), "
            + $"power {draft.Power:0.##}: n = 2σ²(z(1-alpha/2) + z(power))² / δ² with σ = {sigma:0.######}, δ = {delta:0.######}.");
    }

    public static string Unit(ExperimentMetric metric) => metric switch
    {
        ExperimentMetric.Ctr => "impressions",
        ExperimentMetric.Cvr => "clicks",
        ExperimentMetric.Cpa => "days with conversions",
        ExperimentMetric.Roas => "days with spend",
        _ => "observations",
    };

    private static long Ceiling(double value) => value >= long.MaxValue ? long.MaxValue : (long)Math.Ceiling(value);
}
