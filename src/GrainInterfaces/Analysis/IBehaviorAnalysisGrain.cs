using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Analysis;

/// <summary>A tenant's daily behaviour analysis (keyed by the tenant's slug).</summary>
/// <remarks>
/// A run takes the tenant's customer table whole: RFM quintiles, the high-spender threshold, a membership
/// snapshot, and a campaign per pattern where the tenant's defaults ask for one and none of its type is
/// active for that segment. Runs execute in the background; at most one runs at a time per tenant.
/// </remarks>
public interface IBehaviorAnalysisGrain : IGrainWithStringKey
{
    /// <summary>Starts a run and answers it as running; a run already running is answered instead of a second.</summary>
    Task<AnalysisRun> StartAsync(AnalysisTrigger trigger, DateTimeOffset? dueAt);

    /// <exception cref="NotFoundException">No such run.</exception>
    [ReadOnly]
    Task<AnalysisRun> GetRunAsync(Guid id);

    /// <summary>The newest runs first.</summary>
    [ReadOnly]
    Task<IReadOnlyList<AnalysisRun>> ListRunsAsync(int limit);
}
