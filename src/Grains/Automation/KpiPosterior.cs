using MathNet.Numerics.Distributions;

namespace GrainMarketing.Automation;

/// <summary>How sure a window's counts make us that a KPI's true value lies beyond a threshold.</summary>
/// <remarks>
/// <para>
/// The posterior probability behind automation conditions such as "CPA above 40 with 95% confidence".
/// </para>
/// <para>
/// Rates. CTR (clicks of impressions) and CVR (conversions of clicks) are binomial proportions with a
/// uniform Beta(<see cref="RatePriorAlpha"/>, <see cref="RatePriorBeta"/>) = Beta(1, 1) prior, so the
/// posterior is Beta(1 + successes, 1 + trials − successes). Successes beyond the trials (view-through
/// conversions, platforms that count more clicks than impressions) are capped at the trials.
/// </para>
/// <para>
/// Costs. Conversions (for CPA) or clicks (for CPC) arrive as a Poisson process in spend with rate λ
/// events per currency unit, under a Gamma(shape <see cref="CountPriorShape"/>, rate
/// <see cref="CountPriorRate"/>) = Gamma(1, 10⁻⁶) prior: an exponential prior, nearly flat in λ, worth
/// one pseudo-event and a millionth of a currency unit. The posterior is Gamma(1 + events, 10⁻⁶ + spend);
/// the cost is 1/λ, so P(cost &gt; X) = P(λ &lt; 1/X).
/// </para>
/// <para>
/// ROAS. The conversion rate λ as for CPA, times the window's average order value AOV = value /
/// conversions, taken as known: P(ROAS &gt; X) = P(λ &gt; X / AOV). Ignoring the spread of order values
/// makes the posterior narrower than it should be, most with few conversions. With no conversion there
/// is no AOV and the counts cannot place ROAS either side of a threshold: both probabilities are
/// <see cref="Undetermined"/>, so no ROAS condition holds until a conversion is seen (a CPA condition is
/// the one that notices spend without conversions). Conversions worth nothing make ROAS surely zero.
/// </para>
/// <para>
/// Why these priors. Each adds one pseudo-success and almost no pseudo-trials, which pulls a rate up
/// and a cost down: the direction that protects the conditions that pause (CPA or CPC above, CTR, CVR
/// or ROAS below). With nothing observed, reaching 95% on them takes about three expected events at the
/// threshold (spend of 3 × the CPA threshold, or 3 / CTR-threshold impressions), the usual rule of
/// thumb; the Jeffreys priors (Beta(½, ½), Gamma(½, 0)) would pause after about two. The conditions on
/// good performance get no such protection: a vague prior is not a sceptical one, so with no data
/// P(CPA &lt; X) is nearly 1 and P(CTR &gt; X) = 1 − X. A rule that acts on good numbers needs a
/// minimum volume of its own.
/// </para>
/// <para>
/// Degenerate input never throws nor gives NaN. Negative counts, spend and value count as zero, so a
/// window without evidence answers with the prior's probability. KPIs are never negative: a threshold
/// below zero is surely exceeded, +∞ never, and a rate never exceeds one. Nothing is above or below a
/// NaN threshold: both probabilities are zero and no condition on it holds.
/// </para>
/// </remarks>
public static class KpiPosterior
{
    /// <summary>Pseudo-successes of the Beta prior on CTR and CVR.</summary>
    public const double RatePriorAlpha = 1;

    /// <summary>Pseudo-failures of the Beta prior on CTR and CVR.</summary>
    public const double RatePriorBeta = 1;

    /// <summary>Pseudo-events of the Gamma prior on events per currency unit (CPA, CPC, ROAS).</summary>
    public const double CountPriorShape = 1;

    /// <summary>Pseudo-spend, in currency units, of the Gamma prior on events per currency unit.</summary>
    public const double CountPriorRate = 1e-6;

    /// <summary>Trials (CTR, CVR) or events (CPA, CPC, ROAS) beyond which the counts are scaled down to this size, keeping their ratios.</summary>
    /// <remarks>
    /// MathNet's incomplete beta and gamma functions drift past it (errors near 10⁻⁶ at 10⁹ and 10⁻² at 10¹²,
    /// NaN or no answer at all past 10¹⁵), while at 10⁸ the posterior's relative spread is already 10⁻⁴: the
    /// scaling only widens it for a threshold within a few hundredths of a percent of the observed KPI, pulling
    /// that probability toward one half.
    /// </remarks>
    public const double LargestSample = 1e8;

    /// <summary>The probability either way of a ROAS that the counts cannot place: no conversion, no order value.</summary>
    public const double Undetermined = 0.5;

    /// <summary>P(true KPI &gt; <paramref name="threshold"/> | <paramref name="counts"/>).</summary>
    public static double ProbabilityAbove(KpiMetric metric, MetricCounts counts, double threshold)
    {
        if (double.IsNaN(threshold))
        {
            return 0;
        }

        if (threshold < 0)
        {
            return 1;
        }

        if (double.IsPositiveInfinity(threshold))
        {
            return 0;
        }

        return metric switch
        {
            KpiMetric.Ctr => RateAbove(counts.Clicks, counts.Impressions, threshold),
            KpiMetric.Cvr => RateAbove((double)counts.Conversions, counts.Clicks, threshold),
            KpiMetric.Cpa => CostAbove((double)counts.Conversions, (double)counts.Spend, threshold),
            KpiMetric.Cpc => CostAbove(counts.Clicks, (double)counts.Spend, threshold),
            KpiMetric.Roas => ReturnAbove(counts, threshold),
            _ => throw new ArgumentOutOfRangeException(nameof(metric), metric, "Unknown KPI."),
        };
    }

    /// <summary>P(true KPI ≤ <paramref name="threshold"/> | <paramref name="counts"/>), one minus <see cref="ProbabilityAbove"/>.</summary>
    /// <remarks>Apart from a surely-zero ROAS the posteriors are continuous, so it is also P(KPI &lt; threshold).</remarks>
    public static double ProbabilityBelow(KpiMetric metric, MetricCounts counts, double threshold) =>
        double.IsNaN(threshold) ? 0 : 1 - ProbabilityAbove(metric, counts, threshold);

    /// <summary>Whether the counts make the comparison true with at least <paramref name="confidence"/> probability.</summary>
    /// <remarks>
    /// Strict and non-strict comparators ask the same question of a continuous posterior. A confidence of one
    /// half or less (or above one, or NaN) never holds: it would let a condition and its opposite hold
    /// together.
    /// </remarks>
    public static bool Holds(KpiMetric metric, MetricCounts counts, RuleComparator comparator, double threshold, double confidence) =>
        Holds(Probability(metric, counts, comparator, threshold), confidence);

    /// <summary>Whether a comparison with this posterior <paramref name="probability"/> holds at <paramref name="confidence"/>.</summary>
    public static bool Holds(double probability, double confidence) => confidence > 0.5 && confidence <= 1 && probability >= confidence;

    /// <summary>The posterior probability that the comparison with <paramref name="threshold"/> is true.</summary>
    public static double Probability(KpiMetric metric, MetricCounts counts, RuleComparator comparator, double threshold) => comparator switch
    {
        RuleComparator.GreaterThan or RuleComparator.GreaterOrEqual => ProbabilityAbove(metric, counts, threshold),
        RuleComparator.LessThan or RuleComparator.LessOrEqual => ProbabilityBelow(metric, counts, threshold),
        _ => throw new ArgumentOutOfRangeException(nameof(comparator), comparator, "Unknown comparator."),
    };

    private static double RateAbove(double successes, double trials, double threshold)
    {
        if (threshold >= 1)
        {
            return 0;
        }

        var n = Math.Max(trials, 0);
        var k = Math.Clamp(successes, 0, n);
        var scale = ScaleToLargestSample(n);
        return 1 - Beta.CDF(RatePriorAlpha + k * scale, RatePriorBeta + (n - k) * scale, threshold);
    }

    private static double CostAbove(double events, double spend, double threshold) =>
        EventsPerSpendAtMost(events, spend, 1 / threshold);

    private static double ReturnAbove(MetricCounts counts, double threshold)
    {
        var conversions = Math.Max((double)counts.Conversions, 0);
        if (conversions == 0)
        {
            return Undetermined;
        }

        var orderValue = Math.Max((double)counts.ConversionValue, 0) / conversions;
        return orderValue == 0 ? 0 : 1 - EventsPerSpendAtMost(conversions, (double)counts.Spend, threshold / orderValue);
    }

    private static double EventsPerSpendAtMost(double events, double spend, double rate)
    {
        var n = Math.Max(events, 0);
        var scale = ScaleToLargestSample(n);
        var shape = CountPriorShape + n * scale;
        var gammaRate = CountPriorRate + Math.Max(spend, 0) * scale;
        return double.IsPositiveInfinity(gammaRate * rate) ? 1 : Gamma.CDF(shape, gammaRate, rate);
    }

    private static double ScaleToLargestSample(double size) => size > LargestSample ? LargestSample / size : 1;
}
