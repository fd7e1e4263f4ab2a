using Orleans.Concurrency;

namespace GrainMarketing.Automation;

/// <summary>The API's way to the silo's rule history: a worker on every silo, so reads never queue behind one activation.</summary>
[StatelessWorker]
[GrainType("automation-history")]
public sealed class AutomationHistoryGrain(IFiringLog log) : Grain, IAutomationHistoryGrain
{
    public Task<FiringPage> QueryAsync(FiringQuery query) =>
        log.QueryAsync(this.GetPrimaryKeyString(), query, CancellationToken.None);
}
