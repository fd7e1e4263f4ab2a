using GrainMarketing.Errors;
using GrainMarketing.Runs;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Insights.Predictions;

/// <summary>Owns a tenant's campaign-outcome model: runs training on demand and weekly, decides whether a version goes live, and predicts from the live version.</summary>
/// <remarks>
/// The versions and the runs live in the registry, so the grain keeps no state of its own: only the live version,
/// loaded once and scored in memory, and the run in progress. A run is stored queued and executes in a one-shot
/// grain timer that interleaves with queries, so no call timeout binds it; the stateless training worker does the
/// work and reports each phase back (<see cref="ReportProgressAsync"/>). Every run ends succeeded or failed, never
/// left running: one a stopped silo cut short is marked failed at the next activation. The weekly reminder is
/// registered on the first activation, which the first model request causes.
/// </remarks>
[GrainType("campaign-outcome-model")]
public sealed partial class CampaignOutcomeModelGrain(
    IOutcomeModelRegistry registry,
    IOptions<OutcomeModelOptions> options,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    ILogger<CampaignOutcomeModelGrain> logger) : Grain, ICampaignOutcomeModelGrain, IRemindable
{
    public const string Interrupted = "The run was cut short: its silo stopped before it finished.";
    private const string WeeklyReminder = "train-campaign-outcomes";
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private readonly ILogger<CampaignOutcomeModelGrain> _logger = logger;

    private LiveModel? _live;

    /// <summary>The run this activation started, as far as it got; null before the first.</summary>
    private TrainingProgress? _run;
    private IGrainTimer? _timer;

    private string Tenant => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await this.RegisterOrUpdateReminder(WeeklyReminder, Week, Week);
        if ((await registry.ListRunsAsync(Tenant, 1, cancellationToken)).FirstOrDefault() is { InProgress: true } cut)
        {
            var failed = cut with { Status = TrainingRunStatus.Failed, FinishedAt = clock.GetUtcNow(), Error = Interrupted };
            await registry.SaveRunAsync(Tenant, failed, cancellationToken);
        }

        await base.OnActivateAsync(cancellationToken);
    }

    public async Task<TrainingRun> StartTrainingAsync(TrainingTrigger trigger)
    {
        if (_run is { Run.InProgress: true } running)
        {
            return running.Present(clock.GetUtcNow());
        }

        if (trigger == TrainingTrigger.Manual)
        {
            await Worker().CheckHistoryAsync();
        }

        var now = clock.GetUtcNow();
        var run = new TrainingRun(Guid.NewGuid(), trigger, TrainingRunStatus.Queued, now, null, null, RunEstimate.Of(TrainingPhases.Waiting, TimeSpan.Zero, null), null, null);
        await registry.SaveRunAsync(Tenant, run, CancellationToken.None);
        _run = new TrainingProgress(run, await PriorAsync());
        _timer = this.RegisterGrainTimer(ExecuteAsync, run.Id, new GrainTimerCreationOptions(TimeSpan.Zero, Timeout.InfiniteTimeSpan)
        {
            Interleave = true,
            KeepAlive = true,
        });
        LogQueued(Tenant, run.Id, trigger);
        return _run.Present(now);
    }

    public async Task<TrainingRun> GetRunAsync(Guid id) =>
        _run is { } current && current.Run.Id == id
            ? current.Present(clock.GetUtcNow())
            : await registry.FindRunAsync(Tenant, id, CancellationToken.None) ?? throw new NotFoundException("Training run", id.ToString());

    /// <summary>The registry's runs, with this activation's run in place of its stored copy (it is fresher).</summary>
    public async Task<IReadOnlyList<TrainingRun>> ListRunsAsync(int limit)
    {
        var stored = await registry.ListRunsAsync(Tenant, limit, CancellationToken.None);
        if (_run is not { } current)
        {
            return stored;
        }

        var fresh = current.Present(clock.GetUtcNow());
        return [.. stored.Any(run => run.Id == fresh.Id)
            ? stored.Select(run => run.Id == fresh.Id ? fresh : run)
            : stored.Prepend(fresh).Take(limit)];
    }

    public Task ReportProgressAsync(Guid run, RunStage stage)
    {
        if (_run is { Run.InProgress: true } current && current.Run.Id == run)
        {
            current.Advance(stage);
        }

        return Task.CompletedTask;
    }

    public async Task<OutcomeModelVersions> ListAsync()
    {
        var registered = await registry.ListAsync(Tenant, CancellationToken.None);
        return new OutcomeModelVersions(registered.Versions, registered.LiveVersion, LivePolicy.Rule);
    }

    public async Task<CampaignOutcomePrediction> PredictAsync(PlannedCampaign plan)
    {
        var live = _live ?? await LoadLiveAsync();
        var currency = (await GrainFactory.GetGrain<ITenantGrain>(Tenant).GetAsync()).Settings.Currency;
        return PlanPrediction.Answer(live.Model, live.Version.Version, live.Version.TrainedAt, plan, currency);
    }

    /// <summary>Trains weekly, through the same run as a manual request; a run already in progress is left to finish.</summary>
    public Task ReceiveReminder(string reminderName, TickStatus status) => StartTrainingAsync(TrainingTrigger.Weekly);

    private async Task ExecuteAsync(Guid id, CancellationToken cancellationToken)
    {
        var run = _run!;
        run.Begin(clock.GetUtcNow());
        await Save(run.Present(clock.GetUtcNow()));
        try
        {
            var result = await TrainAsync(id, run);
            run.End(clock.GetUtcNow(), result, null);
            LogTrained(Tenant, result.Version.Version, result.Live, result.Reason);
        }
        catch (Exception failure)
        {
            run.End(clock.GetUtcNow(), null, failure.Message);
            LogFailed(failure, Tenant, id);
        }

        // Recorded even when the silo is stopping (the timer's token is cancelled then); disposing the timer
        // cancels that token too, so it goes only once the run is recorded.
        await Save(run.Run);
        _timer?.Dispose();
        _timer = null;
    }

    /// <summary>The worker's model, registered (live or not) and the older versions' packages pruned.</summary>
    private async Task<TrainingResult> TrainAsync(Guid id, TrainingProgress run)
    {
        var registered = await registry.ListAsync(Tenant, CancellationToken.None);
        var trained = await Worker().TrainAsync(id, registered.LiveVersion);
        run.Advance(TrainingPhases.Registration(trained.Rows));
        var (live, reason) = LivePolicy.Decide(trained, registered.LiveVersion);
        var version = await registry.AddAsync(Tenant, trained, clock.GetUtcNow(), live, CancellationToken.None);
        if (live)
        {
            _live = new LiveModel(version, CampaignOutcomeModel.Load(trained.Package));
        }

        var pruned = await registry.PrunePackagesAsync(Tenant, Math.Max(0, options.Value.VersionsKept), CancellationToken.None);
        LogPruned(Tenant, pruned, options.Value.VersionsKept);
        return new TrainingResult(version, live, reason);
    }

    /// <summary>Stores the run; a store that fails leaves it in memory, where queries find it, and is logged.</summary>
    private async Task Save(TrainingRun run)
    {
        try
        {
            await registry.SaveRunAsync(Tenant, run, CancellationToken.None);
        }
        catch (Exception failure)
        {
            LogNotStored(failure, Tenant, run.Id);
        }
    }

    /// <summary>The newest succeeded run's duration over its rows, which times the run about to start.</summary>
    private async Task<PriorRun?> PriorAsync()
    {
        var runs = await registry.ListRunsAsync(Tenant, 10, CancellationToken.None);
        return runs.FirstOrDefault(run => run is { Status: TrainingRunStatus.Succeeded, StartedAt: not null, FinishedAt: not null, Result: not null }) is { } last
            ? new PriorRun(last.FinishedAt!.Value - last.StartedAt!.Value, last.Result!.Version.Rows, "campaign-day")
            : null;
    }

    /// <summary>The live version from the registry; without one, a 409 that names what the history lacks.</summary>
    private async Task<LiveModel> LoadLiveAsync()
    {
        var registered = await registry.ListAsync(Tenant, CancellationToken.None);
        if (registered.LiveVersion is { } number && await registry.LoadPackageAsync(Tenant, number, CancellationToken.None) is { } package)
        {
            var loaded = new LiveModel(registered.Versions.First(version => version.Version == number), CampaignOutcomeModel.Load(package));
            _live ??= loaded;
            return _live;
        }

        await Worker().CheckHistoryAsync();
        var missing = registered.Versions.Count == 0
            ? "none trained yet: the history suffices, train one with POST .../models/campaign-outcomes/train"
            : $"none of {registered.Versions.Count} versions beat the naive baseline on held-out conversions (see GET .../models/campaign-outcomes)";
        throw new InsufficientHistoryException($"No live campaign-outcome model: {missing}.", new Dictionary<string, string> { ["liveModel"] = missing });
    }

    private ICampaignOutcomeTrainingGrain Worker() => GrainFactory.GetGrain<ICampaignOutcomeTrainingGrain>(Tenant);

    private sealed record LiveModel(OutcomeModelVersion Version, CampaignOutcomeModel Model);
}
