using GrainMarketing.Errors;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrainMarketing.Insights.Predictions;

/// <summary>Owns a tenant's campaign-outcome model: trains a version on demand and weekly, decides whether it goes live, and predicts from the live version.</summary>
/// <remarks>
/// The versions live in the registry, so the grain keeps no state of its own: only the live version, loaded
/// once and scored in memory. Training is handed to a stateless worker; list and predict interleave with it
/// (they only read the loaded model, which a training run replaces in one assignment when it ends).
/// The weekly reminder is registered on the first activation, which the first model request causes.
/// </remarks>
[GrainType("campaign-outcome-model")]
public sealed partial class CampaignOutcomeModelGrain(
    IOutcomeModelRegistry registry,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    ILogger<CampaignOutcomeModelGrain> logger) : Grain, ICampaignOutcomeModelGrain, IRemindable
{
    private const string WeeklyReminder = "train-campaign-outcomes";
    private static readonly TimeSpan Week = TimeSpan.FromDays(7);
    private readonly ILogger<CampaignOutcomeModelGrain> _logger = logger;

    private LiveModel? _live;

    private string Tenant => this.GetPrimaryKeyString();

    public override async Task OnActivateAsync(CancellationToken cancellationToken)
    {
        await this.RegisterOrUpdateReminder(WeeklyReminder, Week, Week);
        await base.OnActivateAsync(cancellationToken);
    }

    public async Task<TrainingResult> TrainAsync()
    {
        var registered = await registry.ListAsync(Tenant, CancellationToken.None);
        var trained = await GrainFactory.GetGrain<ICampaignOutcomeTrainingGrain>(Tenant).TrainAsync(registered.LiveVersion);
        var (live, reason) = LivePolicy.Decide(trained, registered.LiveVersion);
        var version = await registry.AddAsync(Tenant, trained, clock.GetUtcNow(), live, CancellationToken.None);
        if (live)
        {
            _live = new LiveModel(version, CampaignOutcomeModel.Load(trained.Package));
        }

        LogTrained(Tenant, version.Version, live, reason);
        return new TrainingResult(version, live, reason);
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

    /// <summary>Trains weekly; a tenant whose history is still too short is skipped until the next week.</summary>
    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        try
        {
            await TrainAsync();
        }
        catch (InsufficientHistoryException tooShort)
        {
            LogSkipped(Tenant, tooShort.Message);
        }
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

        await GrainFactory.GetGrain<ICampaignOutcomeTrainingGrain>(Tenant).CheckHistoryAsync();
        var missing = registered.Versions.Count == 0
            ? "none trained yet: the history suffices, train one with POST .../models/campaign-outcomes/train"
            : $"none of {registered.Versions.Count} versions beat the naive baseline on held-out conversions (see GET .../models/campaign-outcomes)";
        throw new InsufficientHistoryException($"No live campaign-outcome model: {missing}.", new Dictionary<string, string> { ["liveModel"] = missing });
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} campaign-outcome model version {Version} trained; live {Live}: {Reason}")]
    private partial void LogTrained(string tenantId, int version, bool live, string reason);

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} weekly campaign-outcome training skipped: {Reason}")]
    private partial void LogSkipped(string tenantId, string reason);

    private sealed record LiveModel(OutcomeModelVersion Version, CampaignOutcomeModel Model);
}
