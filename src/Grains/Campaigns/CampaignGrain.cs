using GrainMarketing.Audit;
using GrainMarketing.Automation;
using GrainMarketing.Demographics;
using GrainMarketing.Errors;
using GrainMarketing.History;
using GrainMarketing.Metrics;
using GrainMarketing.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace GrainMarketing.Campaigns;

/// <summary>
/// Holds one campaign's cells. Batches arrive on the campaign's stream (implicit subscription) or
/// directly; state is written on timers and on deactivation, never per event: the small flush state
/// once per flush, the large checkpoint of the cells every checkpoint period when changed. The
/// tenant's rules are judged <see cref="AutomationOptions.EvaluationDelay"/> after a change (one
/// judgement for a burst of batches) and whenever the rule book asks.
/// </summary>
[GrainType("campaign")]
[ImplicitStreamSubscription(MetricStreams.Namespace)]
public sealed partial class CampaignGrain(
    [PersistentState("campaign", StorageNames.Default)] IPersistentState<CampaignState> state,
    [PersistentState("flushes", StorageNames.Default)] IPersistentState<FlushState> flushes,
    [PersistentState("automation", StorageNames.Default)] IPersistentState<AutomationState> automation,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IOptions<CampaignOptions> options,
    IOptions<AutomationOptions> automationOptions,
    RuleSetCache rules,
    AutomationInstruments instruments,
    IFiringLog firings,
    IAuditLog audit,
    IMetricHistory history,
    IServiceProvider services,
    ILogger<CampaignGrain> logger)
    : Grain, ICampaignGrain, IStreamSubscriptionObserver, IAsyncObserver<MetricBatch>
{
    /// <summary>The durable journal, in the Postgres profile only; memory streams need no replay.</summary>
    private readonly IMetricJournal? _journal = services.GetService<IMetricJournal>();

    private const int MaxCachedBreakdowns = 32;

    /// <summary>Breakdowns asked since the cells last changed: a popular campaign is asked far more often than it changes.</summary>
    private readonly Dictionary<(DateRange Range, string By), (long Version, BreakdownResult Answer)> _breakdowns = [];

    /// <summary>The metadata and freshness the tenant index last took from this activation.</summary>
    private (CampaignMetadata Metadata, Freshness Freshness)? _indexed;

    private CampaignKey? _key;
    private bool _dirty;
    private bool _failed;

    private CampaignKey Key => _key ??= CampaignKey.Parse(this.GetPrimaryKeyString());

    private DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The oldest day memory is sure to hold; before it, days are read from history unless restored.</summary>
    private DateOnly OldestKept => options.Value.OldestKept(clock);

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (flushes.State.Sequence > state.State.DrainedFlush)
        {
            // A flush stored after the checkpoint took the changes the checkpoint holds as pending.
            state.State.Pending = new RollupBuffer();
        }

        // Before the replay: batches it applies are judged too (their stream deliveries are then skipped as repeats).
        _judge = this.RegisterGrainTimer(JudgeRulesAsync, new GrainTimerCreationOptions(Timeout.InfiniteTimeSpan, Timeout.InfiniteTimeSpan)
        {
            Interleave = false,
        });
        if (_journal is not null)
        {
            await ReplayAsync(cancellationToken);
        }

        this.RegisterGrainTimer(ct => CheckpointAsync(finishing: false, ct), new GrainTimerCreationOptions(options.Value.CheckpointPeriod, options.Value.CheckpointPeriod)
        {
            Interleave = false,
        });
        this.RegisterGrainTimer(FlushAsync, new GrainTimerCreationOptions(options.Value.FlushPeriod, options.Value.FlushPeriod)
        {
            Interleave = false,
        });
    }

    public override async Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken)
    {
        await FlushAsync(cancellationToken);
        await CheckpointAsync(finishing: true, cancellationToken);
    }

    public Task ApplyAsync(MetricBatch batch) => ApplyAsync(batch, flushed: false);

    /// <param name="flushed">True when a stored flush already carried this batch's changes upward (replay).</param>
    private async Task ApplyAsync(MetricBatch batch, bool flushed)
    {
        ThrowIfFailed();

        var campaign = state.State;
        await RestorePrunedDaysAsync(batch);
        var moved = MetricTotals.Zero;
        foreach (var item in batch.Items)
        {
            var held = campaign.Cells.HasDay(item.Cell.Date);
            var change = campaign.Cells.Apply(item);
            if (held && !change.IsZero && _restated.Count < MaxRestatedDays)
            {
                _restated.Add(item.Cell.Date);
            }

            if (!flushed)
            {
                campaign.Pending.Add(item.Cell, change, batch.ReceivedAt);
            }

            moved += change;
        }

        campaign.Recent.Add(batch.ReceivedAt, moved);

        if (batch.Metadata is { } metadata)
        {
            campaign.Metadata = Merge(campaign.Metadata, metadata);
        }

        if (campaign.LastReceivedAt is null || batch.ReceivedAt > campaign.LastReceivedAt)
        {
            campaign.LastReceivedAt = batch.ReceivedAt;
        }

        _dirty = true;
        JudgeSoon();

        if (!campaign.Registered)
        {
            await RegisterAsync();
        }
    }

    public async Task<MetadataChange> UpdateMetadataAsync(CampaignMetadata update)
    {
        ThrowIfFailed();
        var before = state.State.Metadata;
        state.State.Metadata = Merge(before, update);
        _dirty = true;
        JudgeSoon();
        if (!state.State.Registered)
        {
            await RegisterAsync();
        }
        else
        {
            await CheckpointAsync(finishing: false, CancellationToken.None);
        }

        await IndexAsync();
        return new MetadataChange(before, state.State.Metadata);
    }

    private async Task RegisterAsync()
    {
        await GrainFactory.GetGrain<ICampaignRegistryGrain>(Key.Tenant).RegisterAsync(Key);
        state.State.Registered = true;
        await CheckpointAsync(finishing: false, CancellationToken.None);
    }

    /// <summary>A change to a day already pruned (a late restatement) first brings the day back from history.</summary>
    private async Task RestorePrunedDaysAsync(MetricBatch batch)
    {
        var oldestKept = OldestKept;
        foreach (var item in batch.Items)
        {
            var date = item.Cell.Date;
            if (date < oldestKept && !state.State.Cells.HasDay(date))
            {
                state.State.Cells.Restore(date, await history.LoadCellsAsync(Key, date, date, CancellationToken.None));
            }
        }
    }

    public async Task<CampaignSummary> GetSummaryAsync(QueryWindow window)
    {
        EnsureExists();
        if (window.Dates is not { } range)
        {
            return new CampaignSummary(Key, state.State.Metadata, state.State.Recent.Sum(clock.GetUtcNow(), window.RecentMinutes ?? 0), Freshness);
        }

        var totals = state.State.Cells.Totals(range.From, range.To);
        foreach (var (_, cellTotals) in await OlderCellsAsync(range))
        {
            totals += cellTotals;
        }

        return new CampaignSummary(Key, state.State.Metadata, totals, Freshness);
    }

    public Task<IReadOnlyList<BucketTotals>> GetRecentSeriesAsync(int minutes)
    {
        EnsureExists();
        return Task.FromResult<IReadOnlyList<BucketTotals>>(
            [.. state.State.Recent.Series(clock.GetUtcNow(), minutes).Select(b => new BucketTotals(b.Start, b.Totals))]);
    }

    public async Task<IReadOnlyList<DayTotals>> GetDailySeriesAsync(DateRange range)
    {
        EnsureExists();
        var older = (await OlderCellsAsync(range))
            .GroupBy(cell => cell.Key.Date)
            .Select(day => new DayTotals(day.Key, day.Aggregate(MetricTotals.Zero, (sum, cell) => sum + cell.Value)));
        return [.. older.Concat(state.State.Cells.Days(range.From, range.To).Select(day => new DayTotals(day.Key, day.Value))).OrderBy(day => day.Date)];
    }

    public async Task<BreakdownResult> GetBreakdownAsync(DateRange range, IReadOnlyList<Dimension> dimensions, bool byCreative)
    {
        EnsureExists();
        var cells = state.State.Cells;
        var question = (range, byCreative ? "creative" : string.Join(',', dimensions));
        if (range.From >= OldestKept && _breakdowns.TryGetValue(question, out var cached) && cached.Version == cells.Version)
        {
            return cached.Answer with { Freshness = Freshness };
        }

        var older = await OlderCellsAsync(range);
        MetricTotals unattributed;
        var groups = byCreative
            ? state.State.Cells.GroupBy(range.From, range.To, cell => cell.AdId, older, out unattributed)
            : state.State.Cells.GroupByBreakdown(range.From, range.To, breakdown => BreakdownKey(breakdown, dimensions), older, out unattributed);
        var rows = groups.Select(g => new BreakdownRow(g.Key, g.Value)).OrderBy(row => row.Key, StringComparer.Ordinal).ToList();
        var result = new BreakdownResult(rows, unattributed, Freshness);
        if (_breakdowns.Count >= MaxCachedBreakdowns)
        {
            _breakdowns.Clear();
        }

        _breakdowns[question] = (cells.Version, result);
        return result;
    }

    /// <summary>The slice's values of <paramref name="dimensions"/> joined by '|', or null when its source did not report one.</summary>
    private static string? BreakdownKey(Breakdown breakdown, IReadOnlyList<Dimension> dimensions)
    {
        if (dimensions.Count == 1)
        {
            return breakdown.Get(dimensions[0]);
        }

        var values = new string?[dimensions.Count];
        for (var i = 0; i < values.Length; i++)
        {
            if ((values[i] = breakdown.Get(dimensions[i])) is null)
            {
                return null;
            }
        }

        return string.Join('|', values);
    }

    /// <summary>The cells of the range's days that memory no longer holds, from history.</summary>
    private async Task<IReadOnlyList<KeyValuePair<MetricCell, MetricTotals>>> OlderCellsAsync(DateRange range)
    {
        if (range.Before(OldestKept) is not { } older)
        {
            return [];
        }

        var saved = await history.LoadCellsAsync(Key, older.From, older.To, CancellationToken.None);
        return [.. saved.Where(cell => !state.State.Cells.HasDay(cell.Key.Date))];
    }

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<MetricBatch>().ResumeAsync(this);

    public Task OnNextAsync(MetricBatch item, StreamSequenceToken? token = null)
    {
        if (_journal is null || token is null)
        {
            return ApplyAsync(item);
        }

        if (token.SequenceNumber <= state.State.JournalSequence)
        {
            return Task.CompletedTask;
        }

        state.State.JournalSequence = token.SequenceNumber;
        return ApplyAsync(item);
    }

    /// <summary>
    /// Applies the journal rows of this campaign above its checkpoint before taking new deliveries: what
    /// an earlier activation applied but never checkpointed (it crashed), and what arrived meanwhile.
    /// </summary>
    private async Task ReplayAsync(CancellationToken cancellationToken)
    {
        var stream = StreamId.Create(MetricStreams.Namespace, this.GetPrimaryKeyString());
        var serializer = services.GetRequiredService<Orleans.Serialization.Serializer>();
        foreach (var (sequence, batch) in await JournalReplay.ReadAsync<MetricBatch>(_journal!, serializer, stream, state.State.JournalSequence, cancellationToken))
        {
            await ApplyAsync(batch, flushed: sequence <= flushes.State.FlushedThrough);
            state.State.JournalSequence = sequence;
        }
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;

    private void ThrowIfFailed()
    {
        if (_failed)
        {
            throw new InvalidOperationException("This campaign lost a flush write and is deactivating; retry.");
        }
    }

    /// <summary>A campaign exists once data or metadata for it has arrived.</summary>
    private void EnsureExists()
    {
        if (!state.State.Registered)
        {
            throw new NotFoundException("Campaign", Key.ToString());
        }
    }

    private Freshness Freshness => new(state.State.LastReceivedAt, state.State.Cells.LatestDate);

    /// <summary>
    /// Pushes the buffered changes to the tenant's segments and rollup, one call per segment touched.
    /// Exactly once across crashes: the flush is numbered and stored before it is sent, re-sent until
    /// acknowledged, and receivers skip numbers they already applied. Replay after a crash leaves the
    /// journal rows it covered out of the next flush.
    /// </summary>
    private async Task FlushAsync(CancellationToken cancellationToken)
    {
        var flush = flushes.State;
        if (flush.Outbox is null)
        {
            if (state.State.Pending.IsEmpty)
            {
                await IndexAsync();
                return;
            }

            flush.Outbox = state.State.Pending.Drain(++flush.Sequence, Key.Tenant, Key.Platform);
            flush.FlushedThrough = state.State.JournalSequence;
            try
            {
                await flushes.WriteStateAsync(cancellationToken);
            }
            catch
            {
                // The drained changes are now only in memory, under a number storage does not know:
                // deactivate so the next activation rebuilds them from the checkpoint and the journal.
                _failed = true;
                DeactivateOnIdle();
                throw;
            }
        }

        var outbox = flush.Outbox;
        var source = Key.ToString();
        var indexed = (state.State.Metadata, Freshness);
        await Task.WhenAll(outbox.Segments
            .Select(s => GrainFactory.GetGrain<IDemographicSegmentGrain>(s.Segment.ToString())
                .ApplyAsync(s.Segment, source, outbox.Sequence, s.Deltas, outbox.ReceivedAt))
            .Append(GrainFactory.GetGrain<ITenantRollupGrain>(Key.Tenant).ApplyAsync(Key, outbox.Sequence, outbox.Platform, outbox.ReceivedAt))
            .Append(GrainFactory.GetGrain<ITenantIndexGrain>(Key.Tenant)
                .ApplyFlushAsync(Key, outbox.Sequence, outbox.Platform, outbox.Segments, outbox.ReceivedAt, indexed.Metadata, indexed.Freshness)));
        flush.Outbox = null;
        _indexed = indexed;
    }

    /// <summary>
    /// Tells the tenant index the campaign's metadata and freshness when they changed without numbers
    /// to flush: a metadata update, a rule's action (on the next flush tick), a batch that moved nothing.
    /// </summary>
    private async Task IndexAsync()
    {
        var indexed = (state.State.Metadata, Freshness);
        if (_failed || !state.State.Registered || _indexed == indexed)
        {
            return;
        }

        var acknowledged = flushes.State.Sequence - (flushes.State.Outbox is null ? 0 : 1);
        await GrainFactory.GetGrain<ITenantIndexGrain>(Key.Tenant).UpdateCampaignAsync(Key, indexed.Metadata, indexed.Freshness, acknowledged);
        _indexed = indexed;
    }

    /// <summary>
    /// Saves changed finished days to history (every changed day when <paramref name="finishing"/>),
    /// prunes days past retention that history now holds, and writes the checkpoint.
    /// </summary>
    private async Task CheckpointAsync(bool finishing, CancellationToken cancellationToken)
    {
        var cells = state.State.Cells;
        var unsaved = cells.UnsavedDays(finishing ? DateOnly.MaxValue : Today);
        if (_failed || (!_dirty && unsaved.Count == 0))
        {
            return;
        }

        if (unsaved.Count > 0)
        {
            await history.SaveAsync(Key, cells.CellsOn(unsaved), cancellationToken);
            cells.MarkSaved(unsaved);
        }

        cells.Prune(OldestKept);
        state.State.DrainedFlush = flushes.State.Sequence;
        await state.WriteStateAsync(cancellationToken);
        _dirty = false;
    }

    private static CampaignMetadata Merge(CampaignMetadata held, CampaignMetadata update) => new(
        update.Name ?? held.Name,
        update.Objective ?? held.Objective,
        update.Status ?? held.Status,
        update.DailyBudget ?? held.DailyBudget,
        update.Currency ?? held.Currency,
        update.CreativeFormat ?? held.CreativeFormat);
}
