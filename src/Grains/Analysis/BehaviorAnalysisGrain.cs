using System.Diagnostics;
using GrainMarketing.Errors;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;
using GrainMarketing.Runs;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrainMarketing.Analysis;

/// <summary>A tenant's daily behaviour analysis: judges every customer, sets the high-spender threshold and creates campaigns.</summary>
/// <remarks>
/// A run is recorded as running and executes in a one-shot grain timer that interleaves with queries, so
/// it is bound by no call timeout: the store judges every customer (threshold, RFM, snapshot), the
/// tenant's settings take the new high-spender threshold, <see cref="CampaignPlanner"/> decides the
/// campaigns the book creates, and once the run is recorded every customer whose stored judgement
/// disagrees is refreshed. Every run ends succeeded or failed with its error, never left running.
/// </remarks>
[GrainType("behavior-analysis")]
public sealed partial class BehaviorAnalysisGrain(
    [PersistentState("analysis", StorageNames.Default)] IPersistentState<BehaviorAnalysisState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IAnalysisStore store,
    ILogger<BehaviorAnalysisGrain> logger) : Grain, IBehaviorAnalysisGrain
{
    /// <summary>Refreshes sent at once: one-way calls, a batch at a time, so a million customers never queue at once.</summary>
    public const int RefreshBatch = 500;

    public const string Interrupted = "The run was cut short: its silo stopped before it finished.";

    private readonly ILogger<BehaviorAnalysisGrain> _logger = logger;
    private IGrainTimer? _timer;

    /// <summary>The running run as far as it got, so a failure records what was done before it, and its phase (for its progress).</summary>
    private AnalysisRun? _progress;
    private RunTracker? _tracker;

    private string Tenant => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Current is { Status: AnalysisRunStatus.Running } cut)
        {
            await FinishAsync(cut with { Status = AnalysisRunStatus.Failed, FinishedAt = clock.GetUtcNow(), Error = Interrupted }, cancellationToken);
        }
    }

    public async Task<AnalysisRun> StartAsync(AnalysisTrigger trigger, DateTimeOffset? dueAt)
    {
        var stored = state.State;
        var scheduled = trigger == AnalysisTrigger.Schedule ? dueAt : null;
        if (scheduled is { } due && stored.ScheduledDueAt >= due && stored.ScheduledRun is { } started)
        {
            return await GetRunAsync(started);
        }

        if (stored.Current is { Status: AnalysisRunStatus.Running } running)
        {
            if (scheduled is not null)
            {
                (stored.ScheduledDueAt, stored.ScheduledRun) = (scheduled, running.Id);
                await state.WriteStateAsync();
            }

            return Present(running);
        }

        var run = new AnalysisRun(Guid.NewGuid(), trigger, dueAt, clock.GetUtcNow(), null, AnalysisRunStatus.Running, 0, null, null,
            new Dictionary<BehaviorPattern, int>(), [], null);
        stored.Current = run;
        _tracker = new RunTracker(run.StartedAt, await PriorAsync(), AnalysisPhases.Judging);
        if (scheduled is not null)
        {
            (stored.ScheduledDueAt, stored.ScheduledRun) = (scheduled, run.Id);
        }

        await state.WriteStateAsync();
        _timer = this.RegisterGrainTimer(ExecuteAsync, run, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan)
        {
            Interleave = true,
            KeepAlive = true,
        });
        LogStarted(Tenant, run.Id, trigger);
        return Present(run);
    }

    public async Task<AnalysisRun> GetRunAsync(Guid id) =>
        state.State.Current is { } current && current.Id == id
            ? Present(current)
            : await store.FindRunAsync(Tenant, id, CancellationToken.None) ?? throw new NotFoundException("Analysis run", id.ToString());

    /// <summary>The store's runs, with the grain's newest run in place of its stored copy (it may be fresher, or not stored yet).</summary>
    public async Task<IReadOnlyList<AnalysisRun>> ListRunsAsync(int limit)
    {
        var stored = await store.ListRunsAsync(Tenant, limit, CancellationToken.None);
        if (state.State.Current is not { } newest)
        {
            return stored;
        }

        var current = Present(newest);
        return [.. stored.Any(run => run.Id == current.Id)
            ? stored.Select(run => run.Id == current.Id ? current : run)
            : stored.Prepend(current).Take(limit)];
    }

    private async Task ExecuteAsync(AnalysisRun run, CancellationToken cancellationToken)
    {
        _progress = run;
        AnalysisRun finished;
        CustomersToRefresh? toRefresh = null;
        try
        {
            (finished, toRefresh) = await AnalyzeAsync(run, cancellationToken);
        }
        catch (Exception failure)
        {
            LogFailed(failure, Tenant, run.Id);
            finished = _progress with { Status = AnalysisRunStatus.Failed, FinishedAt = clock.GetUtcNow(), Error = failure.Message, Progress = _tracker?.Failed() };
        }

        // Recorded even when the silo is stopping (the timer's token is cancelled then); disposing the
        // timer cancels that token too, so it goes only once the run is recorded.
        await FinishAsync(finished, CancellationToken.None);
        _timer?.Dispose();
        _timer = null;
        if (toRefresh is not null)
        {
            StartRefreshing(run.Id, toRefresh);
        }
    }

    /// <summary>The run as it ended, and the customers its new threshold moves, refreshed once the run is recorded.</summary>
    private async Task<(AnalysisRun Finished, CustomersToRefresh ToRefresh)> AnalyzeAsync(AnalysisRun run, CancellationToken cancellationToken)
    {
        await store.SaveRunAsync(Tenant, run, cancellationToken);
        var behavior = GrainFactory.GetGrain<IBehaviorSettingsGrain>(Tenant);
        var settings = await behavior.GetSettingsAsync();
        var tenant = await GrainFactory.GetGrain<ITenantGrain>(Tenant).GetAsync();
        var day = DailySchedule.LocalDate(run.DueAt ?? run.StartedAt, TimeZoneInfo.FindSystemTimeZoneById(tenant.Settings.TimeZone));

        var step = Stopwatch.StartNew();
        var findings = await store.AnalyzeAsync(Tenant, run.Id, run.StartedAt, settings.Patterns.HighSpenderTopShare, cancellationToken);
        var threshold = findings.HighSpenderThreshold;
        _progress = run with { Customers = findings.Customers, HighSpenderThreshold = threshold, Rfm = findings.Rfm, PatternCounts = findings.PatternCounts };
        await behavior.SetHighSpenderThresholdAsync(threshold, run.StartedAt);
        _tracker?.Advance(AnalysisPhases.FindingMoved(findings.Customers));
        LogStep(Tenant, run.Id, "customers judged, RFM scored and snapshot kept", step.ElapsedMilliseconds);

        step.Restart();
        var disagreeing = await store.DisagreeingAsync(Tenant, threshold, cancellationToken);
        _progress = _progress with { Refreshed = disagreeing.Count };
        _tracker?.Advance(AnalysisPhases.CreatingCampaigns(findings.Customers));
        LogStep(Tenant, run.Id, $"{disagreeing.Count} customers found whom the threshold moves", step.ElapsedMilliseconds);

        await CreateCampaignsAsync(run, settings, threshold, day, cancellationToken);
        return (_progress with { Status = AnalysisRunStatus.Succeeded, FinishedAt = clock.GetUtcNow(), Progress = RunTracker.Finished },
            new CustomersToRefresh(new BehaviorThresholds(settings.Patterns, threshold, run.StartedAt), disagreeing));
    }

    /// <summary>After the run, refreshes every customer whose stored high-spender bit the new threshold contradicts.</summary>
    /// <remarks>
    /// A batch at a time in a timer of its own, and the run does not wait for it: nothing the run makes
    /// depends on the bits (the target lists judge high spenders by the threshold), and refreshing a
    /// million customers means waking those who sleep. A silo that stops midway leaves the rest to their
    /// next purchase (the thresholds they read have the new one) or to the next run, which finds them
    /// disagreeing again.
    /// </remarks>
    private void StartRefreshing(Guid run, CustomersToRefresh refresh)
    {
        if (refresh.Customers.Count == 0)
        {
            return;
        }

        IGrainTimer? timer = null;
        timer = this.RegisterGrainTimer(async _ =>
        {
            var step = Stopwatch.StartNew();
            try
            {
                foreach (var batch in refresh.Customers.Chunk(RefreshBatch))
                {
                    await Task.WhenAll(batch.Select(user => GrainFactory.GetGrain<IUserProfileGrain>(new UserKey(Tenant, user).ToString()).RefreshAsync(refresh.Thresholds)));
                }

                LogStep(Tenant, run, $"{refresh.Customers.Count} customers moved by the threshold refreshed", step.ElapsedMilliseconds);
            }
            catch (Exception failure)
            {
                LogRefreshStopped(failure, Tenant, run);
            }
            finally
            {
                timer?.Dispose();
            }
        }, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan) { Interleave = true, KeepAlive = true });
    }

    /// <summary>One campaign per enabled default the planner keeps, created by the book in one call with their target lists.</summary>
    private async Task CreateCampaignsAsync(AnalysisRun run, BehaviorSettings settings, decimal? threshold, DateOnly day, CancellationToken cancellationToken)
    {
        var step = Stopwatch.StartNew();
        var enabled = settings.Campaigns.Where(campaign => campaign.Enabled).ToList();
        var counts = await Task.WhenAll(enabled.Select(campaign => store.CountAsync(Tenant, campaign.Criteria, settings.RisingSpendRatio, threshold, cancellationToken)));
        var sizes = enabled.Select((campaign, i) => (campaign.Type, Size: counts[i])).ToDictionary(entry => entry.Type, entry => entry.Size);
        LogStep(Tenant, run.Id, $"{enabled.Count} campaign segments counted", step.ElapsedMilliseconds);

        // The book is asked only when there is something to create (a tenant without customers never wakes it).
        var active = sizes.Values.Any(size => size > 0) ? (await Book().GetActiveAsync()).Campaigns : [];
        var plans = CampaignPlanner.Plan(settings, sizes, active, day);
        var drafts = plans.Select(plan => plan.Draft).OfType<OfferCampaignDraft>().ToList();
        var created = drafts.Count > 0 ? await Book().CreateFromAnalysisAsync(drafts, run.Id) : [];
        var answers = new Queue<OfferCampaign?>(created);
        _progress = _progress! with { Decisions = [.. plans.Select(plan => CampaignPlanner.Decide(plan, plan.Draft is null ? null : answers.Dequeue()))] };
        LogStep(Tenant, run.Id, $"{created.Count(campaign => campaign is not null)} campaigns created with their target lists", step.ElapsedMilliseconds);
    }

    /// <summary>A running run with its phase, share done and time left as of now; an ended run as stored.</summary>
    private AnalysisRun Present(AnalysisRun run) =>
        run.Status == AnalysisRunStatus.Running && _tracker is { } tracker ? run with { Progress = tracker.At(clock.GetUtcNow()) } : run;

    /// <summary>The newest succeeded run's duration over its customers, which times the run about to start.</summary>
    private async Task<PriorRun?> PriorAsync() =>
        (await store.ListRunsAsync(Tenant, 10, CancellationToken.None)).FirstOrDefault(run => run is { Status: AnalysisRunStatus.Succeeded, FinishedAt: not null }) is { } last
            ? new PriorRun(last.FinishedAt!.Value - last.StartedAt, last.Customers, "customer")
            : null;

    private IOfferCampaignBookGrain Book() => GrainFactory.GetGrain<IOfferCampaignBookGrain>(Tenant);

    /// <summary>Stores the finished run and keeps it in state; a store that fails leaves the run in state, where queries find it.</summary>
    private async Task FinishAsync(AnalysisRun run, CancellationToken cancellationToken)
    {
        try
        {
            await store.SaveRunAsync(Tenant, run, cancellationToken);
        }
        catch (Exception failure) when (failure is not OperationCanceledException)
        {
            LogNotStored(failure, Tenant, run.Id);
        }

        state.State.Current = run;
        await state.WriteStateAsync(cancellationToken);
        LogFinished(Tenant, run.Id, run.Status, run.Customers, run.Refreshed, run.Decisions.Count(decision => decision.Campaign is not null));
    }
}
