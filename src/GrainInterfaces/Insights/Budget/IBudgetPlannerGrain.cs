using Orleans.Concurrency;

namespace GrainMarketing.Insights.Budget;

/// <summary>A tenant's budget proposals (keyed by tenant): optimises a split on the campaigns' response curves, keeps it a while, and applies it through the rules' path.</summary>
public interface IBudgetPlannerGrain : IGrainWithStringKey
{
    /// <summary>Fits (or reads) the campaigns' curves, splits the budget and keeps the proposal until it expires.</summary>
    Task<BudgetProposal> OptimizeAsync(BudgetRequest request);

    [ReadOnly]
    Task<BudgetProposal> GetAsync(Guid proposal);

    /// <summary>Sets each campaign's proposed budget as a one-off instruction on the campaign (see <c>ICampaignGrain.PlayAsync</c>).</summary>
    /// <remarks>A campaign whose action budget is spent is deferred and left out; applying again later plays only those.</remarks>
    Task<BudgetApplication> ApplyAsync(Guid proposal);
}
