using System.Diagnostics;
using GrainMarketing.Alerts;
using GrainMarketing.Automation;
using GrainMarketing.Errors;

namespace GrainMarketing.Campaigns;

/// <summary>The campaign's automation: judging the tenant's rules on its numbers, restatements, previews and backtests.</summary>
public sealed partial class CampaignGrain
{
    private const int MaxRestatedDays = 400;

    /// <summary>Days the campaign held that changed since rules were last judged: past ones among them are restatements.</summary>
    private readonly HashSet<DateOnly> _restated = [];

    private IGrainTimer? _judge;
    private bool _judgeArmed;

    public Task EvaluateRulesAsync()
    {
        if (state.State.Registered)
        {
            JudgeSoon();
        }

        return Task.CompletedTask;
    }

    public Task<CampaignAutomation> GetAutomationAsync()
    {
        EnsureExists();
        var held = automation.State;
        return Task.FromResult(new CampaignAutomation(
            [.. held.Tags],
            new Dictionary<string, TargetControl>(held.Targets),
            [.. held.Pending.Values.OrderBy(change => change.At)],
            [.. held.Recent.AsEnumerable().Reverse()]));
    }

    /// <summary>Arms the one-shot judgement, unless it is armed already: a burst of changes is judged once.</summary>
    private void JudgeSoon()
    {
        if (!_judgeArmed && _judge is not null)
        {
            _judgeArmed = true;
            _judge.Change(automationOptions.Value.EvaluationDelay, Timeout.InfiniteTimeSpan);
        }
    }

    /// <summary>
    /// Judges the tenant's enabled rules on this campaign and its parts and records what fired: the
    /// automation state first, then the changed metadata, then history; alerts go out last and are
    /// never waited on.
    /// </summary>
    private async Task JudgeRulesAsync(CancellationToken cancellationToken)
    {
        _judgeArmed = false;
        if (_failed || !state.State.Registered)
        {
            return;
        }

        var tenant = await rules.GetAsync(Key.Tenant);
        if (tenant.Rules.Rules.Count == 0)
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var now = clock.GetUtcNow();
        var today = tenant.Today(now);
        var campaign = state.State;
        var run = new RuleRunner(automationOptions.Value).Run(Key, campaign.Metadata, campaign.Cells, campaign.Recent, automation.State, tenant.Rules, today, now);
        var restated = await RestatementsAsync(tenant.Rules, today, now);
        if (run.Firings.Count == 0 && restated.Count == 0)
        {
            instruments.Judged("campaign", Stopwatch.GetElapsedTime(started), []);
            return;
        }

        try
        {
            await automation.WriteStateAsync(cancellationToken);
            if (run.MetadataChanged)
            {
                campaign.Metadata = run.Metadata;
                _dirty = true;
                await CheckpointAsync(finishing: false, cancellationToken);
            }
        }
        catch
        {
            // Memory holds firings storage does not: start again from what storage holds.
            _failed = true;
            DeactivateOnIdle();
            throw;
        }

        await firings.AppendAsync([.. run.Firings, .. restated.Select(r => r.Entry)], cancellationToken);
        foreach (var entry in FiringAudit.Entries(Key.Tenant, run.Firings, run.Changes))
        {
            await audit.RecordAsync(entry, cancellationToken);
        }

        var alerts = new List<Alert>();
        foreach (var firing in run.Firings.Where(f => f.Kind == FiringKind.Fired))
        {
            LogFired(logger, firing.RuleName, firing.Target, firing.DryRun);
            if (!firing.DryRun && tenant.Rules.Rules.FirstOrDefault(r => r.Id == firing.RuleId) is { } rule)
            {
                alerts.AddRange(FiringAlerts.For(firing, rule.Definition));
            }
        }

        alerts.AddRange(restated.Where(r => !r.Entry.DryRun).Select(r => FiringAlerts.ForRestatement(r.Entry, r.Rule)));
        var router = GrainFactory.GetGrain<IAlertRouterGrain>(Key.Tenant);
        foreach (var alert in alerts)
        {
            await router.RaiseAsync(alert);
        }

        instruments.Judged("campaign", Stopwatch.GetElapsedTime(started), [.. run.Firings, .. restated.Select(r => r.Entry)]);
    }

    /// <summary>Judges again what restated past days touch (<see cref="RestatementCheck"/>): each reversal and miss with the rule version it concerns.</summary>
    private async Task<IReadOnlyList<(RuleFiring Entry, RuleDefinition Rule)>> RestatementsAsync(RuleSet rules, DateOnly today, DateTimeOffset now)
    {
        var restated = _restated.Where(day => day < today).ToHashSet();
        _restated.Clear();
        if (restated.Count == 0)
        {
            return [];
        }

        var check = new RestatementCheck(automationOptions.Value);
        var versions = new Dictionary<Guid, RuleDetails>();
        foreach (var firing in check.Affected(automation.State, restated, today))
        {
            if (await RuleVersionAsync(rules, firing.RuleId, firing.RuleVersion) is { } rule)
            {
                versions[firing.Id] = rule;
            }
        }

        var found = check.Check(Key, state.State.Metadata, state.State.Cells, automation.State, rules, versions, restated, today, now);
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
            return await GrainFactory.GetGrain<IRuleBookGrain>(Key.Tenant).GetVersionAsync(id, version);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }

    public Task<RuleEvaluation> EvaluateAsync(RuleDefinition rule, DateOnly today, string target)
    {
        EnsureExists();
        var campaign = state.State;
        var targets = new CampaignTargets(Key, campaign.Cells, automation.State, today);
        var covered = targets.For(rule, campaign.Metadata).FirstOrDefault(candidate => candidate.Key == target);
        var hours = target == CampaignTargets.Key(Key) ? campaign.Recent : null;
        var budget = (covered?.Control ?? targets.Control(target, campaign.Metadata)).DailyBudget;
        var evaluation = RuleEvaluator.Evaluate(rule, new WindowTotals(covered?.Days ?? targets.Days(target), hours, today, clock.GetUtcNow(), budget));
        return Task.FromResult(covered is null ? evaluation with { Holds = false, InScope = false } : evaluation);
    }

    public async Task<CampaignBacktest> BacktestAsync(RuleDefinition rule, DateRange range)
    {
        var read = new DateRange(range.From.AddDays(-CampaignTargets.LookbackDays), range.To);
        var older = await OlderCellsAsync(read);
        var cells = state.State.Cells.All.Where(cell => cell.Key.Date >= read.From && cell.Key.Date <= read.To).Concat(older);
        return RuleBacktest.Run(rule, Key, state.State.Metadata, automation.State, cells, range);
    }
}
