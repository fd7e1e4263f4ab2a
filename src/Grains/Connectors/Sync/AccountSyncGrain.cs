using GrainMarketing.Connectors.Platforms;
using GrainMarketing.Ingestion;
using GrainMarketing.Metrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Connectors.Sync;

/// <summary>
/// Pulls one connected account (key <c>{tenant}/{connectionId}/{accountId}</c>): the backfill newest chunk first, then
/// the restatement window once a day and today every <see cref="ConnectorOptions.Interval"/>, each pull read whole and
/// then applied as snapshots, so a failed or interrupted pull applies nothing twice and loses nothing.
/// </summary>
/// <remarks>
/// A grain timer runs the next pull when it is due while the grain is active; a reminder every interval wakes it after
/// a restart. Progress is persisted only after a pull's cells are published: a silo lost mid-pull pulls the same days
/// again, and snapshots make the second application change nothing. When the platform says wait, nothing is sent to it
/// before the time it named.
/// </remarks>
[GrainType("account-sync")]
public sealed partial class AccountSyncGrain(
    [PersistentState("sync", StorageNames.Default)] IPersistentState<AccountSyncState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    PlatformReporters reporters,
    IOptions<ConnectorOptions> options,
    ILogger<AccountSyncGrain> logger) : Grain, IAccountSyncGrain, IRemindable
{
    private const string Reminder = "account-sync";

    private static readonly TimeSpan FirstRetry = TimeSpan.FromSeconds(30);

    private IGrainTimer? _timer;

    private string Tenant { get; set; } = "";

    private Guid ConnectionId { get; set; }

    private string AccountId { get; set; } = "";

    private AccountSyncState State => state.State;

    private TimeSpan Interval => options.Value.Interval < TimeSpan.FromMinutes(1) ? TimeSpan.FromMinutes(1) : options.Value.Interval;

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        var key = this.GetPrimaryKeyString().Split('/', 3);
        (Tenant, ConnectionId, AccountId) = (key[0], Guid.Parse(key[1]), key[2]);
        ScheduleNext();
        return Task.CompletedTask;
    }

    public async Task StartAsync(AdPlatform platform, ConnectedAccount account, int backfillDays)
    {
        (State.Platform, State.Currency, State.TimeZone) = (platform, account.Currency, account.TimeZone);
        var from = Today().AddDays(1 - Math.Clamp(backfillDays, 1, AccountSync.MaxBackfillDays));
        if (!State.Exists || from < State.BackfillFrom)
        {
            State.BackfillFrom = from;
        }

        State.Exists = true;
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(Reminder, Interval, Interval);
        ScheduleNext();
    }

    public async Task<AccountSync> SyncNowAsync(bool restatement)
    {
        if (!State.Exists)
        {
            throw new Errors.ConflictException($"Account {AccountId} does not sync: select it on the connection first.");
        }

        await RunAsync(now: true, restatement);
        return Status();
    }

    public async Task StopAsync()
    {
        _timer?.Dispose();
        _timer = null;
        if (await this.GetReminder(Reminder) is { } reminder)
        {
            await this.UnregisterReminder(reminder);
        }

        await GrainFactory.GetGrain<IPlatformAccountIndexGrain>(PlatformAccountIndexKey.For(Tenant, State.Platform)).ForgetAsync(new AccountRef(ConnectionId, AccountId));
        await state.ClearStateAsync();
        DeactivateOnIdle();
    }

    public Task<AccountSync?> GetAsync() => Task.FromResult(State.Exists ? Status() : null);

    public Task ReceiveReminder(string reminderName, TickStatus status) => RunAsync(now: false, restatement: false);

    /// <summary>Runs the pull that is due (or, when <paramref name="now"/>, today's at once), then arms the timer for the next.</summary>
    private async Task RunAsync(bool now, bool restatement)
    {
        try
        {
            if (State.Exists && !Waiting(now) && NextWork(now, restatement) is { } work)
            {
                await PullAsync(work.Kind, work.Since, work.Until);
            }
        }
        finally
        {
            ScheduleNext();
        }
    }

    /// <summary>The platform's wait always holds; a retry's backoff holds only for scheduled pulls, not for a person's "sync now".</summary>
    private bool Waiting(bool now) => State.WaitingUntil > clock.GetUtcNow() || (!now && State.RetryAt > clock.GetUtcNow());

    /// <summary>The backfill's next chunk, else the restatement window once a day, else today when it is due.</summary>
    private (SyncKind Kind, DateOnly Since, DateOnly Until)? NextWork(bool now, bool restatement = false)
    {
        var today = Today();
        if (!State.BackfillDone && !restatement)
        {
            var until = State.BackfilledFrom?.AddDays(-1) ?? today;
            var since = until.AddDays(1 - Math.Max(1, options.Value.BackfillChunkDays));
            return (SyncKind.Backfill, since < State.BackfillFrom ? State.BackfillFrom : since, until);
        }

        if (restatement || State.LastRestatementDay != today)
        {
            // Never before the first day the admin asked for: a 7-day backfill is not widened to Meta's 28-day window.
            var since = today.AddDays(-RestatementDays);
            return (SyncKind.Restatement, since < State.BackfillFrom ? State.BackfillFrom : since, today);
        }

        return now || State.LastIntradayAt is null || State.LastIntradayAt + Interval <= clock.GetUtcNow()
            ? (SyncKind.Intraday, today, today)
            : null;
    }

    private int RestatementDays => Math.Max(1, options.Value.For(State.Platform).RestatementDays);

    private async Task PullAsync(SyncKind kind, DateOnly since, DateOnly until)
    {
        var started = clock.GetUtcNow();
        // Until this pull ends, the next waits as a failed one would: an error nobody foresaw cannot make the timer
        // pull again at once, over and over. Success or a recorded failure replaces it.
        State.RetryAt = started + FirstRetry;
        var access = await GrainFactory.GetGrain<IConnectionGrain>($"{Tenant}/{ConnectionId}").AccessAsync(AccountId);
        (State.Currency, State.TimeZone) = (access.Account.Currency ?? State.Currency, access.Account.TimeZone ?? State.TimeZone);
        if (access.AccessToken is null)
        {
            await FailAsync(kind, since, until, started, 0, access.Problem ?? "The connection cannot be used.", Interval);
            return;
        }

        var reporter = reporters.For(access.Platform);
        var pacer = new RequestPacer(clock, options.Value.For(access.Platform).RequestsPerMinute);
        var scope = new ReportScope(AccountId, access.AccessToken, access.Account.Currency ?? "", pacer, State.TimeZone);
        IReadOnlyList<PulledCampaign> campaigns;
        PulledReport report;
        try
        {
            campaigns = await reporter.CampaignsAsync(scope, CancellationToken.None);
            report = await reporter.CellsAsync(scope, since, until, CancellationToken.None);
        }
        catch (PlatformThrottledException throttled)
        {
            State.WaitingUntil = clock.GetUtcNow() + throttled.RetryAfter;
            State.Quota = pacer.Quota ?? State.Quota;
            await FailAsync(kind, since, until, started, pacer.Requests, $"Throttled until {State.WaitingUntil:u}: {throttled.Message}", null);
            return;
        }
        catch (GrantRefusedException refused)
        {
            await GrainFactory.GetGrain<IConnectionGrain>($"{Tenant}/{ConnectionId}").GrantRefusedAsync(refused.Message);
            await FailAsync(kind, since, until, started, pacer.Requests, $"The platform refused the grant: {refused.Message}", Interval);
            return;
        }
        catch (Exception failure) when (failure is PlatformAnswerException or HttpRequestException or TaskCanceledException or System.Text.Json.JsonException or KeyNotFoundException or InvalidOperationException or FormatException)
        {
            State.Failures++;
            var backoff = FirstRetry * Math.Pow(2, Math.Min(State.Failures - 1, 10));
            await FailAsync(kind, since, until, started, pacer.Requests, failure.Message, backoff < Interval ? backoff : Interval);
            return;
        }

        var read = clock.GetUtcNow() - started;
        var batches = SyncApply.Batches(Tenant, access.Platform, campaigns, report.Cells, new WholeDays(since, until, reporter.Shape), clock.GetUtcNow());
        var publisher = GrainFactory.GetGrain<IMetricPublisherGrain>(0);
        foreach (var slice in SyncApply.Slices(batches))
        {
            await publisher.PublishAsync(slice);
        }

        await GrainFactory.GetGrain<IPlatformAccountIndexGrain>(PlatformAccountIndexKey.For(Tenant, access.Platform))
            .RememberAsync(new AccountRef(ConnectionId, AccountId), [.. batches.Select(b => b.Campaign.CampaignId)]);
        var today = Today();
        var restated = SyncApply.Restated(State.Fingerprints, report.Cells, today.AddDays(-RestatementDays), today);
        Progress(kind, since, today);
        (State.WaitingUntil, State.RetryAt, State.Failures, State.LastSuccessAt, State.Quota, State.Attribution) =
            (null, null, 0, clock.GetUtcNow(), pacer.Quota ?? State.Quota, reporter.Attribution);
        State.RowsPulled += report.Rows;
        State.RestatedDays += restated;
        State.Record(new SyncRun(kind, since, until, started, clock.GetUtcNow(), report.Rows, report.Cells.Count, batches.Count, restated, pacer.Requests, null));
        await state.WriteStateAsync();
        LogPulled(Tenant, AccountId, kind, since, until, report.Rows, restated, (long)read.TotalMilliseconds, (long)(clock.GetUtcNow() - started - read).TotalMilliseconds);
    }

    private void Progress(SyncKind kind, DateOnly since, DateOnly today)
    {
        switch (kind)
        {
            case SyncKind.Backfill:
                State.BackfilledFrom = since;
                if (State.BackfillDone)
                {
                    // The backfill read the restatement window moments ago: the first re-pull is tomorrow's.
                    (State.LastRestatementDay, State.LastIntradayAt) = (today, clock.GetUtcNow());
                }

                break;
            case SyncKind.Restatement:
                (State.LastRestatementDay, State.LastIntradayAt) = (today, clock.GetUtcNow());
                break;
            default:
                State.LastIntradayAt = clock.GetUtcNow();
                break;
        }
    }

    /// <summary>Records a pull that applied nothing; the next try waits <paramref name="retryIn"/> (null: the platform's wait already set).</summary>
    private async Task FailAsync(SyncKind kind, DateOnly since, DateOnly until, DateTimeOffset started, int requests, string error, TimeSpan? retryIn)
    {
        State.RetryAt = retryIn is { } wait ? clock.GetUtcNow() + wait : State.RetryAt;

        State.Record(new SyncRun(kind, since, until, started, clock.GetUtcNow(), 0, 0, 0, 0, requests, error));
        await state.WriteStateAsync();
        LogFailed(Tenant, AccountId, kind, error);
    }

    /// <summary>Arms a timer for the next due pull; the reminder covers a restart.</summary>
    private void ScheduleNext()
    {
        _timer?.Dispose();
        _timer = null;
        if (State.Exists)
        {
            var wait = NextRunAt() - clock.GetUtcNow();
            _timer = this.RegisterGrainTimer(_ => RunAsync(now: false, restatement: false), new GrainTimerCreationOptions(wait > TimeSpan.Zero ? wait : TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = false });
        }
    }

    /// <summary>The platform's wait or the retry's, else now while the backfill or the day's re-pull is left, else the next intraday pull.</summary>
    private DateTimeOffset NextRunAt()
    {
        var now = clock.GetUtcNow();
        if (State.WaitingUntil > now || State.RetryAt > now)
        {
            return new[] { State.WaitingUntil ?? now, State.RetryAt ?? now }.Max();
        }

        return NextWork(now: false) is not null ? now : State.LastIntradayAt!.Value + Interval;
    }

    private AccountSync Status() => new(
        AccountId, State.Currency, State.TimeZone, State.BackfillFrom, State.BackfilledFrom, State.LastSuccessAt,
        NextRunAt(), State.WaitingUntil > clock.GetUtcNow() ? State.WaitingUntil : null, State.Quota, State.Attribution,
        State.RowsPulled, State.RestatedDays, [.. State.Runs]);

    /// <summary>The account's day now, in its own time zone (UTC when the platform named none we know).</summary>
    private DateOnly Today()
    {
        var zone = State.TimeZone is { } timeZone && TimeZoneInfo.TryFindSystemTimeZoneById(timeZone, out var found) ? found : TimeZoneInfo.Utc;
        return DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(clock.GetUtcNow(), zone).DateTime);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {Tenant} account {Account}: {Kind} pull {Since}..{Until} read {Rows} rows in {ReadMs} ms, applied in {AppliedMs} ms, {Restated} restated days")]
    private partial void LogPulled(string tenant, string account, SyncKind kind, DateOnly since, DateOnly until, int rows, int restated, long readMs, long appliedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {Tenant} account {Account}: {Kind} pull failed: {Error}")]
    private partial void LogFailed(string tenant, string account, SyncKind kind, string error);
}
