using System.Diagnostics;
using GrainMarketing.Alerts;
using GrainMarketing.Audit;
using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.History;
using GrainMarketing.Metrics;
using GrainMarketing.Persistence;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Concurrency;

namespace GrainMarketing.Demographics;

/// <summary>
/// Day totals of one segment across a tenant's campaigns. Each campaign flush (at most one per campaign
/// per flush period) is applied once, by number, and written before it is acknowledged. A popular
/// segment takes a flush from almost every campaign, so flushes interleave and share writes
/// (<see cref="GroupCommit"/>): each is applied in one synchronous step, then waits for a write.
/// The tenant's segment rules are judged <see cref="AutomationOptions.EvaluationDelay"/> after a change.
/// </summary>
[GrainType("demographic-segment")]
[Reentrant]
public sealed class DemographicSegmentGrain(
    [PersistentState("segment", StorageNames.Default)] IPersistentState<SegmentState> state,
    [PersistentState("automation", StorageNames.Default)] IPersistentState<AutomationState> automation,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IOptions<CampaignOptions> options,
    IOptions<AutomationOptions> automationOptions,
    RuleSetCache rules,
    AutomationInstruments instruments,
    IFiringLog firings,
    IAuditLog audit,
    IMetricHistory history) : Grain, IDemographicSegmentGrain
{
    private const string LostWrite = "This segment lost a state write and is deactivating; retry.";
    private GroupCommit? _commit;
    private bool _failed;
    private IGrainTimer? _judge;
    private bool _judgeArmed;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _judge = this.RegisterGrainTimer(JudgeRulesAsync, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan));
        return Task.CompletedTask;
    }

    public async Task ApplyAsync(SegmentKey key, string source, long flush, IReadOnlyList<SegmentDelta> deltas, DateTimeOffset receivedAt)
    {
        if (_failed)
        {
            throw new InvalidOperationException(LostWrite);
        }

        var segment = state.State;
        if (segment.AppliedFlushes.GetValueOrDefault(source) >= flush)
        {
            return;
        }

        var moved = MetricTotals.Zero;
        foreach (var delta in deltas)
        {
            segment.Days[delta.Date] = segment.Days.GetValueOrDefault(delta.Date) + delta.Totals;
            moved += delta.Totals;
        }

        segment.Recent.Add(receivedAt, moved);
        segment.AppliedFlushes[source] = flush;
        if (!_judgeArmed && _judge is not null)
        {
            _judgeArmed = true;
            _judge.Change(automationOptions.Value.EvaluationDelay, Timeout.InfiniteTimeSpan);
        }

        segment.Key ??= key;
        var oldest = options.Value.OldestKept(clock);
        while (segment.Days.Count > 0 && segment.Days.Keys.First() < oldest)
        {
            segment.Days.Remove(segment.Days.Keys.First());
        }

        if (segment.LastReceivedAt is null || receivedAt > segment.LastReceivedAt)
        {
            segment.LastReceivedAt = receivedAt;
        }

        try
        {
            if (!segment.Registered)
            {
                await GrainFactory.GetGrain<ISegmentRegistryGrain>(key.Tenant).RegisterAsync(key);
                segment.Registered = true;
            }

            await (_commit ??= new GroupCommit(() => state.WriteStateAsync())).CommitAsync();
        }
        catch
        {
            // Memory is now ahead of storage and may mark this flush as applied: refuse further calls
            // and deactivate, so the next activation reloads what was stored and the retry applies again.
            _failed = true;
            DeactivateOnIdle();
            throw;
        }
    }

    /// <summary>Judges the tenant's segment rules on this segment; records firings, audits tags, raises alerts.</summary>
    private async Task JudgeRulesAsync(CancellationToken cancellationToken)
    {
        _judgeArmed = false;
        if (_failed || state.State.Key is not { } key)
        {
            return;
        }

        var tenant = await rules.GetAsync(key.Tenant);
        if (!tenant.Rules.Rules.Any(rule => rule.Definition.Scope?.Level == RuleLevel.Segment))
        {
            return;
        }

        var started = Stopwatch.GetTimestamp();
        var now = clock.GetUtcNow();
        var run = new RuleRunner(automationOptions.Value).RunSegment(key, (from, to) => DaySeries.Sum(state.State.Days, from, to), state.State.Recent, automation.State, tenant.Rules, tenant.Today(now), now);
        if (run.Firings.Count == 0)
        {
            instruments.Judged("segment", Stopwatch.GetElapsedTime(started), []);
            return;
        }

        await automation.WriteStateAsync(cancellationToken);
        await firings.AppendAsync(run.Firings, cancellationToken);
        foreach (var entry in FiringAudit.Entries(key.Tenant, run.Firings, run.Changes))
        {
            await audit.RecordAsync(entry, cancellationToken);
        }

        var router = GrainFactory.GetGrain<IAlertRouterGrain>(key.Tenant);
        foreach (var firing in run.Firings.Where(f => f is { Kind: FiringKind.Fired, DryRun: false }))
        {
            foreach (var alert in FiringAlerts.For(firing, tenant.Rules.Rules.First(r => r.Id == firing.RuleId).Definition))
            {
                await router.RaiseAsync(alert);
            }
        }

        instruments.Judged("segment", Stopwatch.GetElapsedTime(started), run.Firings);
    }

    /// <summary>Days within retention from memory, older days from the campaigns' history.</summary>
    public async Task<SegmentSummary> GetSummaryAsync(QueryWindow window)
    {
        var segment = state.State;
        var key = segment.Key ?? throw new InvalidOperationException("A segment is only queried once it has data.");
        var totals = MetricTotals.Zero;
        if (window.Dates is not { } range)
        {
            totals = segment.Recent.Sum(clock.GetUtcNow(), window.RecentMinutes ?? 0);
        }
        else
        {
            var oldestKept = options.Value.OldestKept(clock);
            foreach (var (day, dayTotals) in segment.Days)
            {
                if (day >= range.From && day <= range.To && day >= oldestKept)
                {
                    totals += dayTotals;
                }
            }

            if (range.Before(oldestKept) is { } older)
            {
                totals += await history.LoadSegmentTotalsAsync(key, older.From, older.To, CancellationToken.None);
            }
        }

        var latest = segment.Days.Count == 0 ? (DateOnly?)null : segment.Days.Keys.Last();
        return new SegmentSummary(key, totals, new Freshness(segment.LastReceivedAt, latest));
    }
}
