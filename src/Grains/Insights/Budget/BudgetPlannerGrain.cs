using System.Diagnostics;
using System.Globalization;
using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrainMarketing.Insights.Budget;

/// <summary>A tenant's budget optimiser: plans on the campaigns' cached curves, keeps proposals an hour, applies them as one-off rule instructions.</summary>
/// <remarks>
/// Applying never writes a budget itself: each campaign plays a <c>setBudget</c> instruction named for the proposal
/// (<see cref="ICampaignGrain.PlayAsync"/>), so the campaign's action budget, its pending platform changes, its
/// automation history and the audit trail (actor <c>rule:{proposal id}</c>) see it as they see a rule's action.
/// The curves are refreshed when the tenant's day closes: from the first optimisation on, a reminder checks every
/// <see cref="CurveRefreshPeriod"/> whether a day has closed in the tenant's zone since the last refresh and, if so,
/// refits every campaign's curves in a background timer (<see cref="CurveRefresh"/>). The refits go through this
/// grain's silo, whose cache the optimisations read. What was refreshed is kept in memory, as the cache is: a
/// new activation (a restarted silo, an empty cache) refreshes at its first check.
/// </remarks>
[GrainType("budget-planner")]
public sealed partial class BudgetPlannerGrain(
    [PersistentState("proposals", StorageNames.Default)] IPersistentState<BudgetPlannerState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    ILogger<BudgetPlannerGrain> logger) : Grain, IBudgetPlannerGrain, IRemindable
{
    public const string CurveRefreshReminder = "response-curve-refresh";
    public static readonly TimeSpan Lifetime = TimeSpan.FromHours(1);
    public static readonly TimeSpan CurveRefreshPeriod = TimeSpan.FromHours(1);
    private readonly ILogger<BudgetPlannerGrain> _logger = logger;

    private bool _reminderSet;

    /// <summary>The last closed day whose curves were refreshed (or are being refreshed) by this activation.</summary>
    private DateOnly? _curvesFreshThrough;

    public async Task<BudgetProposal> OptimizeAsync(BudgetRequest request)
    {
        var curves = GrainFactory.GetGrain<IResponseCurveGrain>(this.GetPrimaryKeyString());
        var fits = await Task.WhenAll(request.Campaigns.Select(key => curves.GetAsync(key)));
        var currency = OneCurrency(request.Campaigns.Zip(fits, (key, fit) => (key, fit.Currency)), (await GrainFactory.GetGrain<ITenantGrain>(this.GetPrimaryKeyString()).GetAsync()).Settings.Currency);
        var inputs = request.Campaigns.Zip(fits, (key, fit) => Input(key, fit, request.Objective)).ToList();
        var now = clock.GetUtcNow();
        var proposal = BudgetPlanner.Plan(request, inputs, Guid.NewGuid(), now, Lifetime) with { Currency = currency };
        state.State.Keep(proposal, now);
        await state.WriteStateAsync();
        if (!_reminderSet)
        {
            await this.RegisterOrUpdateReminder(CurveRefreshReminder, CurveRefreshPeriod, CurveRefreshPeriod);
            _reminderSet = true;
        }

        return proposal;
    }

    /// <summary>The one currency the campaigns' budgets are in (a campaign naming none is in the tenant's); a 400 naming each currency's campaigns when they mix.</summary>
    /// <remarks>Budgets act in each campaign's own currency, and a total split across two currencies would move money at no stated rate.</remarks>
    public static string OneCurrency(IEnumerable<(CampaignKey Campaign, string? Currency)> campaigns, string tenantCurrency)
    {
        var byCurrency = campaigns.GroupBy(c => c.Currency ?? tenantCurrency, c => $"{c.Campaign.Platform.ToString().ToLowerInvariant()}:{c.Campaign.CampaignId}", StringComparer.Ordinal)
            .OrderBy(g => g.Key, StringComparer.Ordinal).ToList();
        if (byCurrency.Count <= 1)
        {
            return byCurrency.FirstOrDefault()?.Key ?? tenantCurrency;
        }

        var named = string.Join("; ", byCurrency.Select(g => $"{g.Key}: {string.Join(", ", g.Order(StringComparer.Ordinal).Take(5))}{(g.Count() > 5 ? $" and {g.Count() - 5} more" : "")}"));
        throw new ValidationFailedException(new Dictionary<string, string[]>
        {
            ["campaigns"] = [$"The campaigns spend in more than one currency ({named}): a total daily budget is in one, so optimise each currency's campaigns apart."],
        });
    }

    /// <summary>Once a day has closed since the last refresh, refits every campaign's curves in the background; the tick itself returns at once.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        var tenant = (await GrainFactory.GetGrain<ITenantGrain>(this.GetPrimaryKeyString()).GetAsync()).Settings;
        var closed = DailySchedule.LocalDate(clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById(tenant.TimeZone)).AddDays(-1);
        if (_curvesFreshThrough >= closed)
        {
            return;
        }

        _curvesFreshThrough = closed;
        IGrainTimer? timer = null;
        timer = this.RegisterGrainTimer(async _ =>
        {
            try
            {
                await RefreshCurvesAsync(closed);
            }
            catch (Exception failure)
            {
                // The campaign list was unreadable: the next check tries again rather than waiting for tomorrow.
                _curvesFreshThrough = null;
                LogCurveRefreshFailed(failure, this.GetPrimaryKeyString(), closed);
            }
            finally
            {
                timer?.Dispose();
            }
        }, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
    }

    private async Task RefreshCurvesAsync(DateOnly closed)
    {
        var started = Stopwatch.GetTimestamp();
        var campaigns = await GrainFactory.GetGrain<ICampaignRegistryGrain>(this.GetPrimaryKeyString()).ListAsync();
        var curves = GrainFactory.GetGrain<IResponseCurveGrain>(this.GetPrimaryKeyString());
        var (refitted, failed) = await CurveRefresh.RunAsync(campaigns, curves.GetAsync, CurveRefresh.Concurrency);
        LogCurvesRefreshed(this.GetPrimaryKeyString(), closed, refitted, failed, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} response curves refreshed through {ClosedDay}: {Refitted} campaigns refitted, {Failed} failed, in {ElapsedMs} ms")]
    private partial void LogCurvesRefreshed(string tenantId, DateOnly closedDay, int refitted, int failed, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} response-curve refresh through {ClosedDay} failed; the next check tries again")]
    private partial void LogCurveRefreshFailed(Exception failure, string tenantId, DateOnly closedDay);

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
