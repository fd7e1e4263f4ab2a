namespace GrainMarketing.Experiments;

/// <summary>A tenant's experiments in creation order (at most <see cref="ExperimentBookGrain.MaxExperiments"/>) and the last sequence number given.</summary>
[GenerateSerializer, Alias("GrainMarketing.ExperimentBookState")]
public sealed class ExperimentBookState
{
    [Id(0)] public List<Experiment> Experiments { get; set; } = [];

    [Id(1)] public long LastSequence { get; set; }
}
