using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Offers;
using GrainMarketing.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Orleans.Streams;
using Orleans.Streams.Core;

namespace GrainMarketing.Profiles;

/// <summary>One customer's live profile: its behaviour patterns judged on every batch of the customer's events.</summary>
/// <remarks>
/// Events arrive on the customer's stream (implicit subscription) or directly; every batch re-evaluates
/// the patterns with the tenant's thresholds. When the patterns change, the customer's row and its entries
/// and exits are written to the customer table first, then the segment shards are told; figures alone
/// (spend) reach the table and the shards at the checkpoint. State is written on a timer when changed and
/// on deactivation; in the Postgres profile activation first replays the journal rows above the checkpoint.
/// The customer table and the shards are kept by <see cref="CustomerRecorder"/>, offer campaigns by
/// <see cref="OfferTracker"/>.
/// </remarks>
[GrainType("user-profile")]
[CollectionAgeLimit(Minutes = ProfileIdleMinutes)]
[ImplicitStreamSubscription(UserStreams.Namespace)]
public sealed class UserProfileGrain(
    [PersistentState("profile", StorageNames.Default)] IPersistentState<UserProfileState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IOptions<CampaignOptions> options,
    CustomerWriter writer,
    BehaviorThresholdsCache thresholdsCache,
    ActiveCampaignsCache campaigns,
    ICampaignTargetStore targets,
    JournalConsumer<UserEventBatch> journal)
    : Grain, IUserProfileGrain, IStreamSubscriptionObserver, IAsyncObserver<UserEventBatch>
{
    /// <summary>A customer quiet this long is deactivated (Orleans' default is 15 minutes): their profile is in storage, and time alone moves them through the pattern clock.</summary>
    public const int ProfileIdleMinutes = 5;

    /// <summary>The stored profile changed since it was last written.</summary>
    private bool _dirty;

    // Made on activation: they mark the stored profile changed, which a field initializer cannot reach.
    private CustomerRecorder _customers = null!;
    private OfferTracker _offers = null!;

    /// <summary>The one-shot checkpoint due while the profile has changes to write; none while it has none.</summary>
    private IGrainTimer? _checkpoint;

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        _customers = new CustomerRecorder(state, writer, SetSegmentMemberAsync, () => _dirty = true);
        _offers = new OfferTracker(state, clock, campaigns.GetAsync, targets, () => _dirty = true);
        await journal.ReplayAsync(StreamId.Create(UserStreams.Namespace, this.GetPrimaryKeyString()), state.State.JournalSequence, async (batch, sequence) =>
        {
            await ApplyAsync(batch);
            state.State.JournalSequence = sequence;
        }, cancellationToken);
        ScheduleCheckpoint();
    }

    public override Task OnDeactivateAsync(DeactivationReason reason, CancellationToken cancellationToken) => CheckpointAsync(cancellationToken);

    public async Task ApplyAsync(UserEventBatch batch)
    {
        var stored = state.State;
        stored.User ??= batch.User;
        var oldestKept = BehaviorProfile.OldestKept(clock.GetUtcNow());
        var purchases = batch.Transactions.Where(transaction => stored.Profile.Apply(transaction, oldestKept)).ToList();
        var engaged = batch.Engagements.Where(engagement => OfferLedger.Apply(stored, engagement)).Select(engagement => engagement.Campaign).ToList();
        if (purchases.Count > 0 || engaged.Count > 0)
        {
            _dirty = true;
            _customers.FiguresChanged();
        }

        await EvaluateAsync(null);
        await _offers.TrackAsync(purchases, engaged);
        ScheduleCheckpoint();
    }

    public async Task<IReadOnlyList<UserOffer>> GetOffersAsync()
    {
        var offers = await _offers.GetOffersAsync();
        ScheduleCheckpoint();
        return offers;
    }

    public Task<UserProfile> GetProfileAsync()
    {
        var stored = state.State;
        var user = stored.User ?? throw new NotFoundException("User", this.GetPrimaryKeyString());
        return Task.FromResult(new UserProfile(
            user,
            stored.Profile.Metrics(Today()),
            [.. stored.Patterns.Order()],
            [.. stored.Changes.AsEnumerable().Reverse()],
            [.. stored.Offers.Values.OrderByDescending(offer => offer.LastAt)]));
    }

    /// <summary>Judges the patterns now with the tenant's thresholds (or <paramref name="given"/>, when newer).</summary>
    /// <remarks>Each entry and exit is numbered and recorded in the customer table, then sent to the segment shards, before the call completes.</remarks>
    private async Task EvaluateAsync(BehaviorThresholds? given)
    {
        var stored = state.State;
        if (stored.User is not { } user)
        {
            return;
        }

        var thresholds = await thresholdsCache.GetAsync(user.Tenant, given);
        var now = clock.GetUtcNow();
        var today = Today();
        stored.Profile.Prune(BehaviorProfile.OldestKept(now));
        var metrics = stored.Profile.Metrics(today);
        await ScheduleAsync(user, PatternDetector.NextChange(metrics, thresholds.Patterns, now), now);
        var patterns = PatternDetector.Detect(metrics, thresholds.Patterns, thresholds.HighSpenderThreshold, now);
        var changes = patterns.Except(stored.Patterns).Select(p => new PatternChange(p, true, now))
            .Concat(stored.Patterns.Except(patterns).Select(p => new PatternChange(p, false, now))).ToList();
        if (changes.Count == 0)
        {
            if (!stored.Listed)
            {
                // A customer showing no pattern is a customer all the same: the daily analysis counts them.
                await _customers.RecordAsync(user, metrics, [], now);
            }

            return;
        }

        stored.Patterns = [.. patterns];
        stored.Changes.AddRange(changes);
        if (stored.Changes.Count > UserProfileState.MaxChanges)
        {
            stored.Changes.RemoveRange(0, stored.Changes.Count - UserProfileState.MaxChanges);
        }

        _dirty = true;
        await _customers.RecordAsync(user, metrics, changes, now);
    }

    public async Task RefreshAsync(BehaviorThresholds? thresholds)
    {
        await EvaluateAsync(thresholds);
        ScheduleCheckpoint();
    }

    /// <summary>Registers with the tenant's pattern clock the next time the patterns change with time alone.</summary>
    /// <remarks>
    /// Nothing is registered while an earlier or equal registration stands: when that one comes, the profile
    /// judges again and registers anew, so a customer who buys every day registers about once a month, not once a purchase.
    /// </remarks>
    private async Task ScheduleAsync(UserKey user, DateTimeOffset? next, DateTimeOffset now)
    {
        var stored = state.State;
        if (next is not { } due || (stored.Due is { } registered && registered > now && registered <= due))
        {
            return;
        }

        await GrainFactory.GetGrain<IPatternClockGrain>(PatternClock.Key(user.Tenant, PatternClock.MinuteOf(due))).RegisterAsync(user.UserId);
        stored.Due = due;
        _dirty = true;
    }

    /// <summary>The customer's local date: now at the offset of their latest purchase.</summary>
    private DateOnly Today() => state.State.Profile.LocalDate(clock.GetUtcNow());

    /// <summary>Writes changes one checkpoint period after they are made.</summary>
    /// <remarks>An idle profile holds no timer, so a million quiet customers cost no ticks.</remarks>
    private void ScheduleCheckpoint()
    {
        if (_checkpoint is null && (_dirty || _customers.HasChanges))
        {
            var period = options.Value.CheckpointPeriod;
            _checkpoint = this.RegisterGrainTimer(DueCheckpointAsync, new GrainTimerCreationOptions(period, Timeout.InfiniteTimeSpan) { Interleave = false });
        }
    }

    /// <summary>The timer goes once the checkpoint is done (disposing it cancels the token the write runs with); a failed write is tried again a period later.</summary>
    private async Task DueCheckpointAsync(CancellationToken cancellationToken)
    {
        try
        {
            await CheckpointAsync(cancellationToken);
        }
        finally
        {
            _checkpoint?.Dispose();
            _checkpoint = null;
            ScheduleCheckpoint();
        }
    }

    private async Task CheckpointAsync(CancellationToken cancellationToken)
    {
        await _customers.SyncAsync(clock.GetUtcNow());
        if (_dirty)
        {
            // Clean only once written: a write that fails (a storage timeout under load) stays due, so the
            // next checkpoint or the deactivation writes it instead of dropping the changes.
            await state.WriteStateAsync(cancellationToken);
            _dirty = false;
        }
    }

    private Task SetSegmentMemberAsync(string shard, string userId, SegmentContribution? contribution) =>
        GrainFactory.GetGrain<IBehaviorSegmentGrain>(shard).SetAsync(userId, contribution);

    public async Task OnSubscribed(IStreamSubscriptionHandleFactory handleFactory) =>
        await handleFactory.Create<UserEventBatch>().ResumeAsync(this);

    public Task OnNextAsync(UserEventBatch item, StreamSequenceToken? token = null)
    {
        if (journal.Take(token, state.State.JournalSequence) is not { } applied)
        {
            return Task.CompletedTask;
        }

        // A journal row moves the sequence, which must then be written; a memory-stream delivery moves nothing.
        _dirty |= applied != state.State.JournalSequence;
        state.State.JournalSequence = applied;
        return ApplyAsync(item);
    }

    public Task OnCompletedAsync() => Task.CompletedTask;

    public Task OnErrorAsync(Exception ex) => Task.CompletedTask;
}
