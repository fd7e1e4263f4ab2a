namespace GrainMarketing.Experiments;

/// <summary>Turns an experiment's tallies into its results: per-variant figures, comparisons with the control, the always-valid p-values and the verdict.</summary>
/// <remarks>
/// The running minimum of each comparison's mSPRT p-value is carried between looks by the caller
/// (the minima in, the updated minima out), so the p-value shown never rises again.
/// </remarks>
public static class ExperimentAnalyzer
{
    public static (ExperimentResults Results, Dictionary<string, double> Minima) Analyze(
        Experiment experiment, IReadOnlyList<MeasureTallies> measures, IReadOnlyDictionary<string, double> minima, DateTimeOffset now, DateOnly? dataFrom)
    {
        var updated = new Dictionary<string, double>(minima, StringComparer.Ordinal);
        var analyses = measures.Select(m => Analysis(experiment.Draft, m, updated)).ToList();
        var (verdict, winner) = StoppingRule.Judge(experiment, analyses[0]);
        return (new ExperimentResults(experiment, verdict, winner, StoppingRule.Describe(experiment), analyses, now, dataFrom), updated);
    }

    /// <summary>The key of a comparison's running minimum.</summary>
    public static string MinimumKey(string measure, string variant) => $"{measure}/{variant}";

    private static MetricAnalysis Analysis(ExperimentDraft draft, MeasureTallies measure, Dictionary<string, double> minima)
    {
        var alpha = draft.Alpha;
        var shared = alpha / (draft.Variants.Count - 1);
        var mixing = draft.MinimumDetectableEffect * draft.MinimumDetectableEffect;
        var probabilities = ProbabilityBest.Estimate(measure.Tallies, measure.Proportion, measure.LowerIsBetter);
        var variants = new List<VariantResult>(draft.Variants.Count);
        for (var i = 0; i < draft.Variants.Count; i++)
        {
            variants.Add(Variant(draft.Variants[i], measure.Tallies[i], measure.Proportion, alpha, probabilities[i]));
        }

        var comparisons = new List<VariantComparison>(draft.Variants.Count - 1);
        for (var i = 1; i < draft.Variants.Count; i++)
        {
            var outcome = measure.Proportion
                ? ProportionStatistics.Compare((double)measure.Tallies[i].Successes, measure.Tallies[i].Units, (double)measure.Tallies[0].Successes, measure.Tallies[0].Units, alpha)
                : MeanStatistics.Welch(measure.Tallies[i], measure.Tallies[0], alpha);
            var sequential = measure.Sequential ? Sequential(minima, MinimumKey(measure.Measure, draft.Variants[i]), outcome, mixing) : null;
            comparisons.Add(new VariantComparison(
                draft.Variants[i], draft.Variants[0], outcome?.Difference, outcome?.Low, outcome?.High, outcome?.Statistic, outcome?.DegreesOfFreedom, outcome?.PValue,
                sequential, sequential <= shared));
        }

        return new MetricAnalysis(measure.Measure, measure.LowerIsBetter, 1 - alpha, variants, comparisons, Methods(measure, mixing));
    }

    private static double? Sequential(Dictionary<string, double> minima, string key, TestOutcome? outcome, double mixing)
    {
        var previous = minima.TryGetValue(key, out var seen) ? seen : 1;
        var now = outcome is null ? previous : Math.Min(previous, MixtureSprt.PValue(outcome.Statistic, outcome.Variance, mixing));
        minima[key] = now;
        return now;
    }

    private static VariantResult Variant(string name, VariantTally tally, bool proportion, double alpha, double? probabilityBest)
    {
        if (tally.Units == 0)
        {
            return new VariantResult(name, 0, proportion ? 0 : null, null, null, null, probabilityBest);
        }

        if (proportion)
        {
            var (low, high) = ProportionStatistics.Wilson((double)tally.Successes, tally.Units, alpha);
            return new VariantResult(name, tally.Units, tally.Successes, (double)tally.Successes / tally.Units, low, high, probabilityBest);
        }

        var interval = MeanStatistics.Interval(tally, alpha);
        return new VariantResult(name, tally.Units, null, MeanStatistics.Mean(tally), interval?.Low, interval?.High, probabilityBest);
    }

    private static AnalysisMethods Methods(MeasureTallies measure, double mixing)
    {
        var sequential = measure.Sequential
            ? $"mSPRT on the comparison's z statistic with a normal mixture of variance τ² = δ² = {mixing:G6} (δ the minimum detectable effect): p = min over looks of 1/Λ, Λ = sqrt(V/(V+τ²))·exp(z²τ²/(2(V+τ²))); a look at every batch or query."
            : "None: the verdict and the sequential test are on the experiment's metric.";
        return measure.Proportion
            ? new AnalysisMethods(
                "Two-proportion z test (pooled standard error), two-sided", "Wilson score interval", "Wald interval (unpooled standard error)",
                "Monte Carlo over Beta(1 + successes, 1 + failures) posteriors, 20,000 draws, fixed seed", sequential, mixing)
            : new AnalysisMethods(
                "Welch's t test (Welch-Satterthwaite degrees of freedom), two-sided", "Student's t interval of the mean", "Welch's t interval",
                "Monte Carlo over normal approximations N(mean, s²/n) of each mean's posterior, 20,000 draws, fixed seed", sequential, mixing);
    }
}
