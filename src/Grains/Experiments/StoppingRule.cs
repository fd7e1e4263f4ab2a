using System.Globalization;

namespace GrainMarketing.Experiments;

/// <summary>When an experiment may stop and what it found: a winner, no difference, or too little data to tell.</summary>
/// <remarks>
/// A winner needs a comparison's always-valid p-value at or below alpha / (variants - 1), so the verdict may
/// be read at any look. The winner is the best variant by its estimate among the control and the variants
/// significantly better than it (the control wins when the only differences found are variants doing worse).
/// Without one, the verdict is no-difference once every variant has the required sample size, underpowered
/// when the experiment was stopped earlier, and running otherwise.
/// </remarks>
public static class StoppingRule
{
    public static (ExperimentVerdict Verdict, string? Winner) Judge(Experiment experiment, MetricAnalysis primary)
    {
        if (primary.Comparisons.Any(c => c.Significant))
        {
            var candidates = primary.Variants.Take(1)
                .Concat(primary.Comparisons.Where(c => c.Significant && Better(c.Difference, primary.LowerIsBetter)).Select(c => primary.Variants.First(v => v.Variant == c.Variant)));
            var winner = primary.LowerIsBetter ? candidates.MinBy(v => v.Estimate) : candidates.MaxBy(v => v.Estimate);
            return (ExperimentVerdict.Winner, winner!.Variant);
        }

        if (primary.Variants.All(v => v.Units >= experiment.SampleSize.PerVariant))
        {
            return (ExperimentVerdict.NoDifference, null);
        }

        return (experiment.Status == ExperimentStatus.Stopped ? ExperimentVerdict.Underpowered : ExperimentVerdict.Running, null);
    }

    public static string Describe(Experiment experiment)
    {
        var draft = experiment.Draft;
        var comparisons = draft.Variants.Count - 1;
        var shared = (draft.Alpha / comparisons).ToString("0.#####", CultureInfo.InvariantCulture);
        var size = experiment.SampleSize;
        return $"Stop with a winner as soon as a variant's always-valid (mSPRT) p-value against the control ({draft.Variants[0]}) is at or below {shared} "
            + $"(alpha {draft.Alpha.ToString("0.#####", CultureInfo.InvariantCulture)} shared by {comparisons} comparison{(comparisons == 1 ? "" : "s")}); "
            + "looking after every batch does not raise the false-positive rate. "
            + $"Otherwise stop when every variant has {size.PerVariant.ToString("N0", CultureInfo.InvariantCulture)} {size.Unit}: no difference of "
            + $"{draft.MinimumDetectableEffect.ToString("G6", CultureInfo.InvariantCulture)} or more was found. Stopping before that without a winner leaves the test underpowered.";
    }

    private static bool Better(double? difference, bool lowerIsBetter) => lowerIsBetter ? difference < 0 : difference > 0;
}
