namespace GrainMarketing.Runs;

/// <summary>How far a run has got: its phase, the share of its work done, and the time it still expects to need, with how that was estimated.</summary>
/// <param name="Fraction">Share of the run's work done, 0 to 1 (phases are weighted by their usual share of a run).</param>
/// <param name="EstimatedSecondsLeft">Seconds still expected; null while nothing measured supports an estimate (no earlier run of the tenant and no phase finished yet).</param>
/// <param name="EstimateBasis">What the estimate rests on, in words: the previous run's speed per unit of work or this run's measured speed.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Runs.RunProgress")]
public sealed record RunProgress(
    [property: Id(0)] string Phase,
    [property: Id(1)] double Fraction,
    [property: Id(2)] double? EstimatedSecondsLeft,
    [property: Id(3)] string EstimateBasis);
