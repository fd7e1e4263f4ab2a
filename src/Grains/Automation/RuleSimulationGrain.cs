using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using Orleans.Concurrency;

namespace GrainMarketing.Automation;

/// <summary>Backtests a rule across a tenant's campaigns and sums their answers.</summary>
/// <remarks>
/// Backtests a rule across a tenant's campaigns: asks every campaign the scope may cover to replay it over
/// its own days (a bounded number at a time) and sums the answers. A stateless worker, so a long backtest
/// never holds up another, and it keeps nothing.
/// </remarks>
[StatelessWorker]
[GrainType("rule-simulation")]
public sealed class RuleSimulationGrain : Grain, IRuleSimulationGrain
{
    /// <summary>Campaigns asked at once: enough to use the cluster, few enough not to crowd out live work.</summary>
    private const int Concurrency = 32;

    public async Task<RuleSimulation> SimulateAsync(RuleDefinition rule, DateRange range)
    {
        if (BacktestValidation.Validate(rule, range) is { Count: > 0 } errors)
        {
            throw new ValidationFailedException(errors);
        }

        var campaigns = (await GrainFactory.GetGrain<ICampaignRegistryGrain>(this.GetPrimaryKeyString()).ListAsync())
            .Where(campaign => RuleScopes.MayCover(rule.Scope, campaign))
            .ToList();
        if (campaigns.Count > BacktestValidation.MaxCampaigns)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                ["scope"] = [$"Covers {campaigns.Count} campaigns; a backtest reads at most {BacktestValidation.MaxCampaigns}: narrow it by platforms or campaignIds."],
            });
        }

        var sum = new CampaignBacktest([], 0, []);
        foreach (var chunk in campaigns.Chunk(Concurrency))
        {
            var answers = await Task.WhenAll(chunk.Select(campaign => GrainFactory.GetGrain<ICampaignGrain>(campaign.ToString()).BacktestAsync(rule, range)));
            sum = RuleBacktest.Merge(answers.Prepend(sum));
        }

        return new RuleSimulation(campaigns.Count, RuleBacktest.Assumptions(rule), sum.Firings, sum.FiringsOmitted, sum.Targets, BacktestEffects.Total(sum.Targets));
    }
}
