using GrainMarketing.Automation;

namespace GrainMarketing.ApiHost.Automation;

/// <summary>A rule backtested over stored days.</summary>
/// <remarks>
/// Which version, the days judged, how many campaigns were read, the assumptions behind the numbers, the firings
/// by day then target (the earliest 10,000; how many more in <see cref="FiringsOmitted"/>), what they saved or
/// spent per target that fired, and in total.
/// </remarks>
public sealed record RuleSimulationResponse(
    Guid RuleId,
    int RuleVersion,
    DateOnly From,
    DateOnly To,
    int Campaigns,
    IReadOnlyList<string> Assumptions,
    IReadOnlyList<BacktestFiring> Firings,
    int FiringsOmitted,
    IReadOnlyList<BacktestEffects> Targets,
    BacktestEffects Totals);
