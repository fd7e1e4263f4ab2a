namespace GrainMarketing.Automation;

/// <summary>A rule backtested on one campaign (or its ad sets or creatives).</summary>
/// <remarks>
/// The simulated firings by day, then target, the earliest <see cref="BacktestValidation.MaxFirings"/>
/// only, with how many more there were, and the effects per target that fired (every firing counted).
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CampaignBacktest")]
public sealed record CampaignBacktest(
    [property: Id(0)] IReadOnlyList<BacktestFiring> Firings,
    [property: Id(1)] int FiringsOmitted,
    [property: Id(2)] IReadOnlyList<BacktestEffects> Targets);
