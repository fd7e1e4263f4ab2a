using System.Diagnostics;
using GrainMarketing.Alerts;
using GrainMarketing.Audit;
using GrainMarketing.Persistence;
using Microsoft.Extensions.Logging;

namespace GrainMarketing.Automation;

/// <summary>How a grain judges its tenant's rules: a change arms a one-shot timer, so a burst of changes is judged once.</summary>
/// <remarks>
/// The judgement writes the automation state first (a failed write is a lost write: the grain deactivates and
/// refuses work), then what else it changed, then appends what fired to history, audits it, raises its alerts
/// (never waiting on a receiver) and records its metrics.
/// </remarks>
public sealed partial class RuleJudge
{
    private readonly IGrainBase _grain;
    private readonly string _kind;
    private readonly IPersistentState<AutomationState> _automation;
    private readonly LostWriteGuard _writes;
    private readonly IRuleSubject _subject;
    private readonly Services _services;
    private readonly IGrainTimer _timer;
    private bool _armed;

    internal RuleJudge(IGrainBase grain, string kind, IPersistentState<AutomationState> automation, LostWriteGuard writes, IRuleSubject subject, Services services)
    {
        (_grain, _kind, _automation, _writes, _subject, _services) = (grain, kind, automation, writes, subject, services);
        _timer = grain.RegisterGrainTimer(JudgeAsync, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan)
        {
            Interleave = false,
        });
    }

    /// <summary>Arms the one-shot judgement, unless it is armed already.</summary>
    public void JudgeSoon()
    {
        if (!_armed)
        {
            _armed = true;
            _timer.Change(_services.Options.EvaluationDelay, Timeout.InfiniteTimeSpan);
        }
    }

    private async Task JudgeAsync(CancellationToken cancellationToken)
    {
        _armed = false;
        if (_writes.IsLost || _subject.Tenant is not { } tenant)
        {
            return;
        }

        var rules = await _services.Rules.GetAsync(tenant);
        if (!_subject.Judges(rules.Rules))
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var judgement = await _subject.JudgeAsync(rules, _services.Clock.GetUtcNow());
        await CommitAsync(tenant, rules, judgement, started, cancellationToken);
    }

    /// <summary>Plays a one-off instruction now, in the grain's turn, and commits it as a judgement: state, history, audit, alerts, metrics.</summary>
    /// <param name="play">Makes the judgement from the tenant's rules (for its time zone) and the time now.</param>
    public async Task<RuleFiring> PlayAsync(Func<TenantRules, DateTimeOffset, RuleJudgement> play)
    {
        _writes.ThrowIfLost();
        var started = Stopwatch.GetTimestamp();
        var tenant = _subject.Tenant ?? throw new InvalidOperationException("Only a grain with a tenant plays instructions.");
        var rules = await _services.Rules.GetAsync(tenant);
        var judgement = play(rules, _services.Clock.GetUtcNow());
        await CommitAsync(tenant, rules, judgement, started, CancellationToken.None);
        return judgement.Run.Firings.Single();
    }

    private async Task CommitAsync(string tenant, TenantRules rules, RuleJudgement judgement, long started, CancellationToken cancellationToken)
    {
        if (judgement.Entries.Count == 0)
        {
            _services.Instruments.Judged(_kind, Stopwatch.GetElapsedTime(started), []);
            return;
        }

        await _writes.WriteAsync(
            async () =>
            {
                await _automation.WriteStateAsync(cancellationToken);
                await _subject.StoreAsync(judgement, cancellationToken);
            },
            _grain.DeactivateOnIdle);
        await _services.Firings.AppendAsync(judgement.Entries, cancellationToken);
        foreach (var entry in FiringAudit.Entries(tenant, judgement.Run.Firings, judgement.Run.Changes))
        {
            await _services.Audit.RecordAsync(entry, cancellationToken);
        }

        foreach (var firing in judgement.Run.Firings.Where(f => f.Kind == FiringKind.Fired))
        {
            LogFired(_services.Logger, firing.RuleName, firing.Target, firing.DryRun);
        }

        var router = _services.Grains.GetGrain<IAlertRouterGrain>(tenant);
        foreach (var alert in judgement.Alerts(rules.Rules))
        {
            await router.RaiseAsync(alert);
        }

        _services.Instruments.Judged(_kind, Stopwatch.GetElapsedTime(started), judgement.Entries);
    }

    /// <summary>The silo's services a judge uses, from <see cref="RuleJudging"/>.</summary>
    internal sealed record Services(
        RuleSetCache Rules,
        TimeProvider Clock,
        AutomationOptions Options,
        AutomationInstruments Instruments,
        IFiringLog Firings,
        IAuditLog Audit,
        IGrainFactory Grains,
        ILogger Logger);
}
