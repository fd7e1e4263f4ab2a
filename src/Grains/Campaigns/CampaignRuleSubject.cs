using GrainMarketing.Automation;
using GrainMarketing.Errors;
using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>A campaign's cells as its tenant's rules see them.</summary>
/// <remarks>
/// Each judgement runs every rule on the campaign and its parts, and judges again what restated past days touch
/// (<see cref="RestatementCheck"/>). Status and budget changes the rules make go into the campaign's metadata and
/// its checkpoint. Previews and backtests of one rule read the same cells.
/// </remarks>
/// <param name="platformChanged">Told once a judgement has stored a status or budget change for the platform: the write-back's hint (one-way, so it returns at once).</param>
public sealed class CampaignRuleSubject(
    CampaignKey key,
    IPersistentState<CampaignState> state,
    IPersistentState<AutomationState> automation,
    AutomationOptions options,
    CampaignCheckpoint checkpoint,
    IGrainFactory grains,
    Func<CampaignKey, Task> platformChanged) : IRuleSubject
{
    /// <summary>At most this many restated days wait for the next judgement; later ones wait for the one after.</summary>
    public const int MaxRestatedDays = 400;

    /// <summary>Days the campaign had that changed since rules were last judged: past ones among them are restatements.</summary>
    private readonly HashSet<DateOnly> _restated = [];

    public string? Tenant => state.State.Registered ? key.Tenant : null;

    /// <summary>Notes that a day the campaign already had changed.</summary>
    public void Restated(DateOnly day)
    {
        if (_restated.Count < MaxRestatedDays)
        {
            _restated.Add(day);
        }
    }

    public bool Judges(RuleSet rules) => rules.Rules.Count > 0;

    public async Task<RuleJudgement> JudgeAsync(TenantRules tenant, DateTimeOffset now)
    {
        var today = tenant.Today(now);
        var campaign = state.State;
        var run = new RuleRunner(options).Run(key, campaign.Metadata, campaign.Cells, campaign.Recent, automation.State, tenant.Rules, today, now);
        return new RuleJudgement(run, await RestatementsAsync(tenant.Rules, today, now));
    }

    /// <summary>Plays an instruction on the campaign now (an applied budget proposal), as a rule's firing would act.</summary>
    public RuleJudgement Play(RuleDetails instruction, TenantRules tenant, DateTimeOffset now)
    {
        var campaign = state.State;
        return new RuleJudgement(new RuleRunner(options).Play(key, campaign.Metadata, campaign.Cells, automation.State, instruction, tenant.Today(now), now), []);
    }

    public async Task StoreAsync(RuleJudgement judgement, CancellationToken cancellationToken)
    {
        if (judgement.Run.MetadataChanged)
        {
            state.State.Metadata = judgement.Run.Metadata;
            checkpoint.MarkChanged();
            await checkpoint.WriteAsync(finishing: false, cancellationToken);
        }

        if (judgement.Run.Changes.Any(change => change.Field is "status" or "dailyBudget"))
        {
            // Stored pending first, then a one-way hint (it returns at once): a lost hint leaves the change for the
            // write-back grain's reminder.
            await platformChanged(key);
        }
    }

    /// <summary>Takes the write-back grain's news of a change, unless a newer change to the same field has replaced it.</summary>
    public bool Record(PendingPlatformChange change)
    {
        var slot = $"{change.Target}|{change.Field}";
        if (!automation.State.Pending.TryGetValue(slot, out var current) || !current.SameChange(change))
        {
            return false;
        }

        automation.State.Pending[slot] = change;
        return true;
    }

    /// <summary>What rules did to the campaign: its tags, targets' controls, changes waiting for the platform, and recent actions, newest first.</summary>
    public CampaignAutomation Automation()
    {
        var stored = automation.State;
        return new CampaignAutomation(
            [.. stored.Tags],
            new Dictionary<string, TargetControl>(stored.Targets),
            [.. stored.Pending.Values.OrderBy(change => change.At)],
            [.. stored.Recent.AsEnumerable().Reverse()]);
    }

    /// <summary>How <paramref name="rule"/> judges <paramref name="target"/> on <paramref name="today"/>; out of scope when the rule does not cover it.</summary>
    public RuleEvaluation Evaluate(RuleDefinition rule, DateOnly today, string target, DateTimeOffset now)
    {
        var campaign = state.State;
        var targets = new CampaignTargets(key, campaign.Cells, automation.State, today);
        var covered = targets.For(rule, campaign.Metadata).FirstOrDefault(candidate => candidate.Key == target);
        var hours = target == CampaignTargets.Key(key) ? campaign.Recent : null;
        var budget = (covered?.Control ?? targets.Control(target, campaign.Metadata)).DailyBudget;
        var evaluation = RuleEvaluator.Evaluate(rule, new WindowTotals(covered?.Days ?? targets.Days(target), hours, today, now, budget));
        return covered is null ? evaluation with { Holds = false, InScope = false } : evaluation;
    }

    /// <summary>Plays <paramref name="rule"/> over the days of <paramref name="range"/>; <paramref name="older"/> are the cells memory no longer holds.</summary>
    public CampaignBacktest Backtest(RuleDefinition rule, DateRange range, DateRange read, IEnumerable<KeyValuePair<MetricCell, MetricTotals>> older)
    {
        var cells = state.State.Cells.All.Where(cell => cell.Key.Date >= read.From && cell.Key.Date <= read.To).Concat(older);
        return RuleBacktest.Run(rule, key, state.State.Metadata, automation.State, cells, range);
    }

    /// <summary>Each reversal and miss the restated past days bring, with the rule version it concerns.</summary>
    private async Task<IReadOnlyList<(RuleFiring Entry, RuleDefinition Rule)>> RestatementsAsync(RuleSet rules, DateOnly today, DateTimeOffset now)
    {
        var restated = _restated.Where(day => day < today).ToHashSet();
        _restated.Clear();
        if (restated.Count == 0)
        {
            return [];
        }

        var check = new RestatementCheck(options);
        var versions = new Dictionary<Guid, RuleDetails>();
        foreach (var firing in check.Affected(automation.State, restated, today))
        {
            if (await RuleVersionAsync(rules, firing.RuleId, firing.RuleVersion) is { } rule)
            {
                versions[firing.Id] = rule;
            }
        }

        var found = check.Check(key, state.State.Metadata, state.State.Cells, automation.State, rules, versions, restated, today, now);
        return [.. found.Select(entry => (entry, (versions.Values.FirstOrDefault(r => r.Id == entry.RuleId) ?? rules.Rules.First(r => r.Id == entry.RuleId)).Definition))];
    }

    /// <summary>The version a firing used: the enabled one if it is still current, else from the rule book while it keeps it.</summary>
    private async Task<RuleDetails?> RuleVersionAsync(RuleSet rules, Guid id, int version)
    {
        if (rules.Rules.FirstOrDefault(r => r.Id == id && r.Version == version) is { } current)
        {
            return current;
        }

        try
        {
            return await grains.GetGrain<IRuleBookGrain>(key.Tenant).GetVersionAsync(id, version);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
