using System.Globalization;

namespace GrainMarketing.Runs;

/// <summary>Estimates the time a running run still needs, from the tenant's previous run or from this run's own speed so far.</summary>
/// <remarks>
/// In order of trust: the previous run's seconds per unit times this run's units (once they are known), which
/// holds across phases of very different speed; the previous run's whole duration while the units are not
/// known yet; this run's measured speed (elapsed time over the fraction done) once some work is done. A
/// previous-run estimate that has already run out (this run is slower) gives way to the measured speed. With
/// none of these, the estimate is null rather than a guess.
/// </remarks>
public static class RunEstimate
{
    public static RunProgress Of(RunStage stage, TimeSpan elapsed, PriorRun? prior)
    {
        var seconds = Math.Max(0, elapsed.TotalSeconds);
        var fraction = Math.Clamp(stage.Fraction, 0, 1);
        if (fraction >= 1)
        {
            return new RunProgress(stage.Phase, 1, 0, "finished");
        }

        if (prior is { Units: > 0 } && stage.Units is { } units)
        {
            var perUnit = prior.Duration.TotalSeconds / prior.Units;
            var left = perUnit * units - seconds;
            if (left > 0)
            {
                return new RunProgress(stage.Phase, fraction, Round(left), Invariant(
                    $"the previous run's {perUnit * 1000:0.###} ms per {prior.UnitName} times this run's {units:N0}, less the {seconds:0} s elapsed"));
            }
        }
        else if (prior is not null && prior.Duration.TotalSeconds - seconds > 0)
        {
            return new RunProgress(stage.Phase, fraction, Round(prior.Duration.TotalSeconds - seconds), Invariant(
                $"the previous run took {prior.Duration.TotalSeconds:0} s; this run's size is not known yet"));
        }

        return fraction > 0 && seconds > 0
            ? new RunProgress(stage.Phase, fraction, Round(seconds * (1 - fraction) / fraction), Invariant($"this run's speed so far: {fraction * 100:0}% done in {seconds:0} s"))
            : new RunProgress(stage.Phase, fraction, null, "unknown: no earlier run to learn from and no work measured yet");
    }

    private static double Round(double seconds) => Math.Round(seconds, 1);

    private static string Invariant(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
