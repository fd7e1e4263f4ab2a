namespace GrainMarketing.Experiments;

/// <summary>A page of experiments, newest first; pass <see cref="Next"/> as <c>before</c> for the next page (null at the end).</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ExperimentPage")]
public sealed record ExperimentPage([property: Id(0)] IReadOnlyList<Experiment> Items, [property: Id(1)] long? Next);
