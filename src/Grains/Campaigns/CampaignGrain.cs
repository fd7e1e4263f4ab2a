using GrainMarketing.Automation;
using GrainMarketing.Currencies;
using GrainMarketing.Demographics;
using GrainMarketing.Errors;
using GrainMarketing.History;
using GrainMarketing.Insights.Anomalies;
using GrainMarketing.Insights.Creatives;
using GrainMarketing.Metrics;
using GrainMarketing.Persistence;
using GrainMarketing.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace GrainMarketing.Campaigns;

/// <summary>Holds one campaign's cells.</summary>
/// <remarks>
/// Batches arrive on the campaign's stream (implicit subscription, replayed from the journal on activation:
/// <see cref="JournalConsumer{T}"/>) or directly; state is written on timers and on deactivation, never per event: the
/// small flush state once per flush (<see cref="CampaignOutbox"/>), the large checkpoint of the cells every
/// checkpoint period when changed (<see cref="CampaignCheckpoint"/>). The tenant's rules are judged
/// <see cref="AutomationOptions.EvaluationDelay"/> after a change (one judgement for a burst of batches) and whenever
/// the rule book asks (<see cref="RuleJudge"/> over <see cref="CampaignRuleSubject"/>).
/// </remarks>
[GrainType("campaign")]
[ImplicitStreamSubscription(MetricStreams.Namespace)]
public sealed class CampaignGrain(
    [PersistentState("campaign", StorageNames.Default)] IPersistentState<CampaignState> state,
    [PersistentState("flushes", StorageNames.Default)] IPersistentState<FlushState> flushes,
    [PersistentState("automation", StorageNames.Default)] IPersistentState<AutomationState> automation,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IOptions<CampaignOptions> options,
    IOptions<AutomationOptions> automationOptions,
    RuleJudging judging,
    AnomalyWatching anomalies,
    IMetricHistory history,
    TenantCurrencies currencies,
    JournalConsumer<MetricBatch> journal)
    : Grain, ICampaignGrain, IStreamSubscriptionObserver, IAsyncObserver<MetricBatch>
{
    private readonly LostWriteGuard _writes = new("campaign");
    private readonly BreakdownCache _breakdowns = new();

    // Made on activation, once the campaign's key and the grain's timers are at hand.
    private CampaignDays _days = null!;
    private CampaignCheckpoint _checkpoint = null!;
    private CampaignOutbox _outbox = null!;
    private FlushSchedule? _flushing;
    private CampaignRuleSubject _rules = null!;
    private RuleJudge _judge = null!;
    private TenantIndexFeed _index = null!;
    private CampaignKey? _key;

    private CampaignKey Key => _key ??= CampaignKey.Parse(this.GetPrimaryKeyString());

    private Freshness Freshness => new(state.State.LastReceivedAt, state.State.Cells.LatestDate);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (flushes.State.Sequence > state.State.DrainedFlush)
        {
            // A flush stored after the checkpoint took the changes the checkpoint holds as pending.
            state.State.Pending = new RollupBuffer();
        }

        _days = new CampaignDays(Key, state, history, options.Value, clock);
        _checkpoint = new CampaignCheckpoint(Key, state, flushes, history, options.Value, clock, _writes);
        _outbox = new CampaignOutbox(Key, state, flushes, _writes, currencies, DeactivateOnIdle, SendAsync);
        _index = new TenantIndexFeed(Key, GrainFactory);
        _rules = new CampaignRuleSubject(Key, state, automation, automationOptions.Value, _checkpoint, GrainFactory,
            campaign => GrainFactory.GetGrain<Connectors.IWriteBackRouterGrain>(0).ChangedAsync(campaign));

        // Before the replay: batches it applies are judged too (their stream deliveries are then skipped as repeats).
        _judge = judging.Start(this, "campaign", automation, _writes, _rules);
        await journal.ReplayAsync(StreamId.Create(MetricStreams.Namespace, this.GetPrimaryKeyString()), state.State.JournalSequence, async (batch, sequence) =>
        {
            await ApplyAsync(batch, flushed: sequence <= flushes.State.FlushedThrough);
            state.State.JournalSequence = sequence;
        }, cancellationToken);

        this.RegisterGrainTimer(ct => _checkpoint.WriteAsync(finishing: false, ct), Every(options.Value.CheckpointPeriod));
        _flushing = new FlushSchedule(this.RegisterGrainTimer(FlushAsync, Every(options.Value.FlushPeriod)), options.Value.FlushPeriod, clock);
    }

    /// <summary>A timer that never runs while a batch is being applied.</summary>
    private static GrainTimerCreationOptions Every(TimeSpan period) => new(period, period) { Interleave = false };

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await _checkpoint.WriteAsync(finishing: true, cancellationToken);
    }

    public Task ApplyAsync(MetricBatch batch) => ApplyAsync(batch, flushed: false);

    /// <param name="flushed">True when a stored flush already carried this batch's changes upward (replay).</param>
    private async Task ApplyAsync(MetricBatch batch, bool flushed)
    {
        _writes.ThrowIfLost();
        await _days.RestorePrunedAsync(batch);
        foreach (var day in state.State.Apply(batch, flushed))
        {
            _rules.Restated(day);
        }

        _checkpoint.MarkChanged();
        _flushing?.Changed();
        _judge.JudgeSoon();
        await anomalies.ObserveAsync(AnomalyLevel.Campaign, Key.Tenant, Key.ToString(), state.State.Anomalies, batch.ReceivedAt, state.State.Recent.Hour, flushed);
        if (!state.State.Registered)
        {
            await RegisterAsync();
        }
    }

    public async Task<MetadataChange> UpdateMetadataAsync(CampaignMetadata update)
    {
        _writes.ThrowIfLost();
        var before = state.State.Metadata;
        state.State.Merge(update);
        _checkpoint.MarkChanged();
        _judge.JudgeSoon();
        if (!state.State.Registered)
        {
            await RegisterAsync();
        }
        else
        {
            await _checkpoint.WriteAsync(finishing: false, CancellationToken.None);
        }

        await IndexAsync();
        return new MetadataChange(before, state.State.Metadata);
    }

    private async Task RegisterAsync()
    {
        await GrainFactory.GetGrain<ICampaignRegistryGrain>(Key.Tenant).RegisterAsync(Key);
        state.State.Registered = true;
        await _checkpoint.WriteAsync(finishing: false, CancellationToken.None);
    }

    /// <summary>Flushes what is buffered; with nothing to flush, tells the index what changed without numbers.</summary>
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        await _outbox.FlushAsync(cancellationToken);
        await IndexAsync();
    }

    private Task IndexAsync() =>
        _writes.IsLost || !state.State.Registered ? Task.CompletedTask : _index.UpdateAsync(state.State.Metadata, Freshness, flushes.State);

    /// <summary>Sends a stored flush to every segment it touches, the tenant's rollup and its index, at once.</summary>
    private Task SendAsync(FlushOutbox outbox)
    {
        var source = Key.ToString();
        return Task.WhenAll(outbox.Segments
            .Select(s => GrainFactory.GetGrain<IDemographicSegmentGrain>(s.Segment.ToString()).ApplyAsync(s.Segment, source, outbox.Sequence, s.Deltas, outbox.ReceivedAt))
            .Append(GrainFactory.GetGrain<ITenantRollupGrain>(Key.Tenant).ApplyAsync(Key, outbox.Sequence, outbox.Platform, outbox.ReceivedAt))
            .Append(_index.ApplyFlushAsync(outbox, state.State.Metadata, Freshness)));
    }

    public async Task<CampaignSummary> GetSummaryAsync(QueryWindow window)
    {
        EnsureExists();
        var totals = window.Dates is { } range
            ? await _days.TotalsAsync(range)
            : state.State.Recent.Sum(clock.GetUtcNow(), window.RecentMinutes ?? 0);
        return new CampaignSummary(Key, state.State.Metadata, totals, Freshness);
    }

    public Task<IReadOnlyList<BucketTotals>> GetRecentSeriesAsync(int minutes) => Existing(() => Task.FromResult<IReadOnlyList<BucketTotals>>(
        [.. state.State.Recent.Series(clock.GetUtcNow(), minutes).Select(b => new BucketTotals(b.Start, b.Totals))]));

    public Task<IReadOnlyList<DayTotals>> GetDailySeriesAsync(DateRange range) => Existing(() => _days.DailySeriesAsync(range));

    public Task<IReadOnlyList<CreativeSeries>> GetCreativeSeriesAsync(DateRange range) => Existing(() => _days.CreativeSeriesAsync(range));

    public Task<IReadOnlyList<PartSeries>> GetPartSeriesAsync(DateRange range) => Existing(() => _days.PartSeriesAsync(range));

    public async Task<BreakdownResult> GetBreakdownAsync(DateRange range, IReadOnlyList<Dimension> dimensions, bool byCreative)
    {
        EnsureExists();
        if (range.From >= _days.OldestKept && _breakdowns.Find(range, dimensions, byCreative, state.State.Cells.Version) is { } kept)
        {
            return kept with { Freshness = Freshness };
        }

        return _breakdowns.Compute(state.State.Cells, range, dimensions, byCreative, await _days.OlderCellsAsync(range), Freshness);
    }

    public Task EvaluateRulesAsync()
    {
        if (state.State.Registered)
        {
            _judge.JudgeSoon();
        }

        return Task.CompletedTask;
    }

    public Task<RuleFiring> PlayAsync(RuleDetails instruction) =>
        state.State.Registered ? _judge.PlayAsync((rules, now) => _rules.Play(instruction, rules, now)) : throw new NotFoundException("Campaign", Key.ToString());

    public Task<CampaignAutomation> GetAutomationAsync() => Existing(() => Task.FromResult(_rules.Automation()));

    public async Task<bool> RecordPlatformChangeAsync(PendingPlatformChange change)
    {
        _writes.ThrowIfLost();
        if (!_rules.Record(change))
        {
            return false;
        }

        await _writes.WriteAsync(() => automation.WriteStateAsync(), DeactivateOnIdle);
        return true;
    }

    public Task<RuleEvaluation> EvaluateAsync(RuleDefinition rule, DateOnly today, string target) =>
        Existing(() => Task.FromResult(_rules.Evaluate(rule, today, target, clock.GetUtcNow())));

    public async Task<CampaignBacktest> BacktestAsync(RuleDefinition rule, DateRange range)
    {
        var read = new DateRange(range.From.AddDays(-CampaignTargets.LookbackDays), range.To);
        return _rules.Backtest(rule, range, read, await _days.OlderCellsAsync(read));
    }

    public Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) => handleFactory.Create<MetricBatch>().ResumeAsync(this);

    public Task OnNextAsync(MetricBatch item, StreamSequenceToken? token = null)
    {
        if (journal.Take(token, state.State.JournalSequence) is not { } applied)
        {
            return Task.CompletedTask;
        }

        state.State.JournalSequence = applied;
        return ApplyAsync(item);
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;

    /// <summary>A campaign exists once data or metadata for it has arrived.</summary>
    private void EnsureExists()
    {
        if (!state.State.Registered)
        {
            throw new NotFoundException("Campaign", Key.ToString());
        }
    }

    private T Existing<T>(Func<T> read)
    {
        EnsureExists();
        return read();
    }
}
