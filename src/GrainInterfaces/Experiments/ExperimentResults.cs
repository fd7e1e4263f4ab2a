namespace GrainMarketing.Experiments;

/// <summary>An experiment's live results: the verdict and its stopping rule, and one analysis per measure (the experiment's metric first).</summary>
/// <param name="Winner">The winning variant when <see cref="Verdict"/> is winner.</param>
/// <param name="DataFrom">For campaign variants, the first day of metrics counted (the tenant's day the experiment started).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ExperimentResults")]
public sealed record ExperimentResults(
    [property: Id(0)] Experiment Experiment,
    [property: Id(1)] ExperimentVerdict Verdict,
    [property: Id(2)] string? Winner,
    [property: Id(3)] string StoppingRule,
    [property: Id(4)] IReadOnlyList<MetricAnalysis> Analyses,
    [property: Id(5)] DateTimeOffset ComputedAt,
    [property: Id(6)] DateOnly? DataFrom);
