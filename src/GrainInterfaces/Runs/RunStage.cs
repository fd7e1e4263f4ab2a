namespace GrainMarketing.Runs;

/// <summary>What a running run reports as it moves on: the phase it entered, the share of its work done, and how many units of work it has (once known).</summary>
/// <param name="Units">The run's size in the units its speed is measured in (campaign-days for training, customers for an analysis); null until it is known.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Runs.RunStage")]
public sealed record RunStage(
    [property: Id(0)] string Phase,
    [property: Id(1)] double Fraction,
    [property: Id(2)] int? Units);
