namespace GrainMarketing.Experiments;

/// <summary>One measure's tallies, one per variant in the experiment's order (the control first).</summary>
/// <param name="Sequential">Whether this measure carries the always-valid test and decides the verdict (the experiment's own metric).</param>
public sealed record MeasureTallies(string Measure, bool Proportion, bool LowerIsBetter, bool Sequential, IReadOnlyList<VariantTally> Tallies);
