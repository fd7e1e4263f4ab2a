using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Automation;

/// <summary>Backtests rules against a tenant's stored daily history (keyed by the tenant's slug); changes nothing.</summary>
public interface IRuleSimulationGrain : IGrainWithStringKey
{
    /// <summary>Backtests <paramref name="rule"/> over <paramref name="range"/> on every campaign its scope may cover.</summary>
    /// <remarks>
    /// Judges <paramref name="rule"/> on each day of <paramref name="range"/> for every campaign its scope may
    /// cover (and their ad sets or creatives), as the live path would have, and sums what it would have done.
    /// </remarks>
    /// <exception cref="ValidationFailedException">
    /// The rule or range cannot be backtested (<see cref="BacktestValidation"/>), or the scope covers more
    /// than <see cref="BacktestValidation.MaxCampaigns"/> campaigns.
    /// </exception>
    [ReadOnly]
    Task<RuleSimulation> SimulateAsync(RuleDefinition rule, DateRange range);
}
