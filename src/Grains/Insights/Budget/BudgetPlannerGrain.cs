using System.Globalization;
using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Metrics;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Insights.Budget;

/// <summary>A tenant's budget optimiser: plans on the campaigns' cached curves, keeps proposals an hour, applies them as one-off rule instructions.</summary>
/// <remarks>
/// Applying never writes a budget itself: each campaign plays a <c>setBudget</c> instruction named for the proposal
/// (<see cref="ICampaignGrain.PlayAsync"/>), so the campaign's action budget, its pending platform changes, its
/// automation history and the audit trail (actor <c>rule:{proposal id}</c>) see it as they see a rule's action.
/// </remarks>
[GrainType("budget-planner")]
public sealed class BudgetPlannerGrain(
    [PersistentState("proposals", StorageNames.Default)] IPersistentState<BudgetPlannerState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IBudgetPlannerGrain
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);

    public async Task<BudgetProposal> OptimizeAsync(BudgetRequest request)
    {
        var curves = GrainFactory.GetGrain<IResponseCurveGrain>(this.GetPrimaryKeyString());
        var fits = await Task.WhenAll(request.Campaigns.Select(key => curves.GetAsync(key)));
        var inputs = request.Campaigns.Zip(fits, (key, fit) => Input(key, fit, request.Objective)).ToList();
        var now = clock.GetUtcNow();
        var proposal = BudgetPlanner.Plan(request, inputs, Guid.NewGuid(), now, Lifetime);
        state.State.Keep(proposal, now);
        await state.WriteStateAsync();
        return proposal;
    }

    public Task<BudgetProposal> GetAsync(Guid proposal) => Task.FromResult(Find(proposal));

    public async Task<BudgetApplication> ApplyAsync(Guid id)
    {
        var proposal = Find(id);
        var now = clock.GetUtcNow();
        if (proposal.AppliedAt is { } applied)
        {
            throw new ConflictException($"Budget proposal '{id}' was applied in full at {applied:O}.");
        }

        if (proposal.ExpiresAt <= now)
        {
            throw new ConflictException($"Budget proposal '{id}' expired at {proposal.ExpiresAt:O}: optimise again on today's curves.");
        }

        var done = state.State.Applied.GetValueOrDefault(id) ?? [];
        var instruction = Instruction(proposal, now);
        var results = await Task.WhenAll(proposal.Campaigns.Select(c => PlayAsync(c, done, instruction)));
        foreach (var result in results.Where(r => r.Result is "applied" or "unchanged"))
        {
            done.Add(result.Campaign);
        }

        var complete = results.All(r => r.Result != "deferred");
        state.State.Applied[id] = done;
        if (complete)
        {
            state.State.Proposals[state.State.Proposals.FindIndex(p => p.Id == id)] = proposal with { AppliedAt = now };
        }

        await state.WriteStateAsync();
        return new BudgetApplication(id, now, complete, results);
    }

    private async Task<AppliedBudget> PlayAsync(CampaignAllocation allocation, HashSet<string> done, RuleDetails instruction)
    {
        if (allocation.Binding == "held" || done.Contains(allocation.Campaign))
        {
            var result = allocation.Binding == "held" ? "held" : "alreadyApplied";
            return new AppliedBudget(allocation.Campaign, null, allocation.ProposedBudget, result, null, allocation.Reason);
        }

        var key = Key(allocation.Campaign);
        var firing = await GrainFactory.GetGrain<ICampaignGrain>(key.ToString())
            .PlayAsync(instruction with { Definition = instruction.Definition with { Actions = [new RuleAction(RuleActionType.SetBudget, allocation.ProposedBudget)] } });
        var outcome = firing.Actions.Single();
        return new AppliedBudget(allocation.Campaign, outcome.From, allocation.ProposedBudget, outcome.Result switch
        {
            ActionResult.Applied => "applied",
            ActionResult.Deferred => "deferred",
            _ => "unchanged",
        }, firing.Id, outcome.Detail);
    }

    /// <summary>The proposal as a one-off rule: its id names the firings and the audit's actor.</summary>
    private static RuleDetails Instruction(BudgetProposal proposal, DateTimeOffset now)
    {
        var name = $"Budget proposal {proposal.Id} ({proposal.Objective.ToString().ToLowerInvariant()}, {proposal.TotalDailyBudget.ToString("0.00", CultureInfo.InvariantCulture)} a day)";
        return new RuleDetails(proposal.Id, 1, new RuleDefinition(name, [], []), now, "budget-optimizer", now, "budget-optimizer");
    }

    private static PlanInput Input(CampaignKey key, CampaignResponseCurves fit, BudgetObjective objective)
    {
        var curve = fit.For(objective);
        var reason = curve is null ? string.Join("; ", fit.Unfitted.Select(m => $"{m.Key}: {m.Value}")) : null;
        return new PlanInput(ApiId(key), fit.CurrentDailySpend, curve, reason);
    }

    private BudgetProposal Find(Guid id) =>
        state.State.Proposals.FirstOrDefault(p => p.Id == id) ?? throw new NotFoundException("Budget proposal", id.ToString());

    private CampaignKey Key(string apiId)
    {
        var colon = apiId.IndexOf(':', StringComparison.Ordinal);
        return new CampaignKey(this.GetPrimaryKeyString(), Enum.Parse<AdPlatform>(apiId[..colon], ignoreCase: true), apiId[(colon + 1)..]);
    }

    private static string ApiId(CampaignKey key) => CampaignTargets.Key(key);
}
