namespace GrainMarketing.Automation;

/// <summary>A rule backtested on every campaign of a tenant its scope may cover.</summary>
/// <remarks>
/// How many campaigns were read, the assumptions the numbers rest on, the simulated firings by day, then
/// target (the earliest <see cref="BacktestValidation.MaxFirings"/>, with how many more there were), the
/// effects per target that fired, and their totals.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RuleSimulation")]
public sealed record RuleSimulation(
    [property: Id(0)] int Campaigns,
    [property: Id(1)] IReadOnlyList<string> Assumptions,
    [property: Id(2)] IReadOnlyList<BacktestFiring> Firings,
    [property: Id(3)] int FiringsOmitted,
    [property: Id(4)] IReadOnlyList<BacktestEffects> Targets,
    [property: Id(5)] BacktestEffects Totals);
