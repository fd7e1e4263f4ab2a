namespace GrainMarketing.Experiments;

/// <summary>The mixture sequential probability ratio test (mSPRT) on a difference's z statistic: an always-valid p-value.</summary>
/// <remarks>
/// With the estimate θ̂ of the difference, its variance V and a normal mixture N(0, τ²) over the true
/// difference, the likelihood ratio against "no difference" is Λ = √(V / (V + τ²)) · exp(z² τ² / (2 (V + τ²)))
/// with z = θ̂ / √V. Under the null, 1/Λ is a p-value at every look and so is its running minimum (Ville's
/// inequality), so people may look after every batch and still reject falsely at most alpha of the time.
/// </remarks>
public static class MixtureSprt
{
    /// <summary>1/Λ at this look, at most 1.</summary>
    public static double PValue(double statistic, double variance, double mixingVariance)
    {
        var total = variance + mixingVariance;
        var logRatio = (0.5 * Math.Log(variance / total)) + (statistic * statistic * mixingVariance / (2 * total));
        return Math.Min(1, Math.Exp(-logRatio));
    }
}
