using System.Diagnostics;
using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>A tenant's recommendations: runs the detectors when numbers move (debounced) and daily, keeps the book, and applies through the campaigns' rules path.</summary>
/// <remarks>
/// The tenant rollup hints at every flush (<see cref="NumbersMovedAsync"/>); a run follows at most once every
/// <see cref="Debounce"/>, in a grain timer, so the ingesting grains never wait on it. A daily reminder runs the
/// detectors even when no number moves; every run also measures the applied recommendations. The detectors' maths runs on the
/// thread pool over evidence already read; only the merge touches state. Applying never writes campaign state: each
/// campaign plays the recommendation's actions as a one-off instruction (<see cref="ICampaignGrain.PlayAsync"/>), so
/// its action budget, pending platform changes, automation history and the audit trail (actor <c>rule:{id}</c>) see it.
/// </remarks>
[GrainType("recommendations")]
public sealed partial class RecommendationsGrain(
    [PersistentState("recommendations", StorageNames.Default)] IPersistentState<RecommendationBookState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    ILogger<RecommendationsGrain> logger) : Grain, IRecommendationsGrain, IRemindable
{
    public const string DailyReminder = "recommendations-daily";
    public static readonly TimeSpan Debounce = TimeSpan.FromMinutes(5);
    private readonly ILogger<RecommendationsGrain> _logger = logger;
    private readonly RecommendationDetectors _detectors = new();

    private IGrainTimer? _pending;
    private bool _reminderSet;

    private RecommendationBook Book => new(state.State);

    private string Tenant => this.GetPrimaryKeyString();

    public async Task NumbersMovedAsync()
    {
        await EnsureReminderAsync();
        if (_pending is not null)
        {
            return;
        }

        // A tenant's first numbers come as a burst (an import, a backfill): its first run waits a whole period for them to settle.
        var since = state.State.GeneratedAt is { } ran ? clock.GetUtcNow() - ran : TimeSpan.Zero;
        var due = since >= Debounce ? TimeSpan.Zero : Debounce - since;
        _pending = this.RegisterGrainTimer(async _ =>
        {
            _pending?.Dispose();
            _pending = null;
            try
            {
                await GenerateAsync();
            }
            catch (Exception failure)
            {
                LogRunFailed(failure, Tenant);
            }
        }, new GrainTimerCreationOptions(due, Timeout.InfiniteTimeSpan) { KeepAlive = true });
    }

    public Task ReceiveReminder(string reminderName, TickStatus status) => GenerateAsync();

    public async Task<int> GenerateAsync()
    {
        var started = Stopwatch.GetTimestamp();
        var now = clock.GetUtcNow();
        var settings = (await GrainFactory.GetGrain<ITenantGrain>(Tenant).GetAsync()).Settings;
        var zone = TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);
        var evidence = await new EvidenceCollector(GrainFactory, Tenant, zone, settings.Currency).CollectAsync(DailySchedule.LocalDate(now, zone).AddDays(-1), now);
        var run = await Task.Run(() => _detectors.Detect(evidence));
        Book.Merge(run, clock.GetUtcNow());
        await MeasureAsync();
        await state.WriteStateAsync();
        var open = state.State.Items.Count(i => i.Status == RecommendationStatus.Open);
        LogRun(Tenant, evidence.Campaigns.Count, run.Findings.Count, open, Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return open;
    }

    public Task<RecommendationPage> QueryAsync(RecommendationQuery query)
    {
        var matches = state.State.Items.Where(query.Matches).OrderByDescending(i => i.Priority).ThenBy(i => i.CreatedAt).ThenBy(i => i.Id).ToList();
        var skip = (int)Math.Min(query.After ?? 0, matches.Count);
        var page = matches.Skip(skip).Take(query.Limit).ToList();
        long? next = skip + page.Count < matches.Count ? skip + page.Count : null;
        var unjudged = query.Target is { } target ? state.State.Unjudged.GetValueOrDefault(target) : null;
        return Task.FromResult(new RecommendationPage(page, next, state.State.GeneratedAt, unjudged));
    }

    public Task<Recommendation> GetAsync(Guid id) => Task.FromResult(Book.Get(id));

    public Task<RecommendationChange> AcceptAsync(Guid id, string actor) => SaveAsync(Book.Accept(id, actor, clock.GetUtcNow()));

    public Task<RecommendationChange> DismissAsync(Guid id, string reason, string actor) => SaveAsync(Book.Dismiss(id, reason, actor, clock.GetUtcNow()));

    public async Task<RecommendationChange> ApplyAsync(Guid id, string actor)
    {
        var recommendation = Book.Applicable(id);
        var now = clock.GetUtcNow();
        var instruction = new RuleDetails(id, 1, new RuleDefinition($"Recommendation: {recommendation.Title}", [], recommendation.Actions, PartScope(recommendation)), now, actor, now, actor);
        var firings = await Task.WhenAll(recommendation.Campaigns.Select(c => GrainFactory.GetGrain<ICampaignGrain>(Key(c).ToString()).PlayAsync(ForCampaign(instruction, recommendation, c))));
        if (firings.SelectMany(f => f.Actions).Any(a => a.Result == ActionResult.Deferred))
        {
            throw new Errors.ConflictException($"Recommendation '{id}' was deferred: the campaign's action budget is spent. It stays {recommendation.Status.ToString().ToLowerInvariant()}; apply again later.");
        }

        return await SaveAsync(Book.Applied(id, firings[0].Id, actor, now));
    }

    /// <summary>Measures every applied recommendation still within its measuring period against the tenant's daily totals; the caller writes the state.</summary>
    private async Task MeasureAsync()
    {
        var now = clock.GetUtcNow();
        var measuring = state.State.Items.Where(i => i.Status == RecommendationStatus.Applied && i.AppliedAt is not null && i.Outcome?.DaysAfter is null or < OutcomeMeasurement.MeasuredDays).ToList();
        if (measuring.Count == 0)
        {
            return;
        }

        var zone = await ZoneAsync();
        var lastClosed = DailySchedule.LocalDate(now, zone).AddDays(-1);
        var firstApplied = measuring.Min(i => DailySchedule.LocalDate(i.AppliedAt!.Value, zone));
        // A day some money of which had no rate is left out of the measure: its converted part is not the day's whole.
        var days = (await GrainFactory.GetGrain<ITenantRollupGrain>(Tenant)
            .GetDailySeriesAsync(new DateRange(firstApplied.AddDays(-OutcomeMeasurement.MeasuredDays), lastClosed), null)).CompleteDays;
        var book = Book;
        foreach (var item in measuring)
        {
            if (OutcomeMeasurement.Measure(days, DailySchedule.LocalDate(item.AppliedAt!.Value, zone), lastClosed, item.Impact, now, item.Kind) is { } outcome)
            {
                book.Measured(item.Id, outcome);
            }
        }
    }

    /// <summary>A pause of an ad set or creative acts on that part (<c>meta:916/adset/12</c>); every other recommendation acts on its campaigns.</summary>
    private static RuleScope? PartScope(Recommendation recommendation)
    {
        var part = recommendation.Target[(recommendation.Target.LastIndexOf('/') + 1)..];
        return recommendation.Kind switch
        {
            RecommendationKind.PauseAdSet => new RuleScope(RuleLevel.AdSet, AdSetIds: [part]),
            RecommendationKind.PauseCreative => new RuleScope(RuleLevel.Creative, CreativeIds: [part]),
            _ => null,
        };
    }

    /// <summary>The instruction with the campaign's own actions (a budget shift's <c>setBudget</c>) after the shared ones.</summary>
    private static RuleDetails ForCampaign(RuleDetails instruction, Recommendation recommendation, string campaign) =>
        recommendation.PerCampaign?.FirstOrDefault(p => p.Campaign == campaign) is { } own
            ? instruction with { Definition = instruction.Definition with { Actions = [.. recommendation.Actions, .. own.Actions] } }
            : instruction;

    private async Task<RecommendationChange> SaveAsync(RecommendationChange change)
    {
        await state.WriteStateAsync();
        return change;
    }

    private async Task EnsureReminderAsync()
    {
        if (!_reminderSet)
        {
            await this.RegisterOrUpdateReminder(DailyReminder, TimeSpan.FromDays(1), TimeSpan.FromDays(1));
            _reminderSet = true;
        }
    }

    private async Task<TimeZoneInfo> ZoneAsync() =>
        TimeZoneInfo.FindSystemTimeZoneById((await GrainFactory.GetGrain<ITenantGrain>(Tenant).GetAsync()).Settings.TimeZone);

    private CampaignKey Key(string apiId)
    {
        var colon = apiId.IndexOf(':', StringComparison.Ordinal);
        return new CampaignKey(Tenant, Enum.Parse<AdPlatform>(apiId[..colon], ignoreCase: true), apiId[(colon + 1)..]);
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Tenant {TenantId} recommendations: {Campaigns} campaigns read, {Findings} findings, {Open} open, in {ElapsedMs} ms")]
    private partial void LogRun(string tenantId, int campaigns, int findings, int open, double elapsedMs);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Tenant {TenantId} recommendations run failed; the next change or the daily run tries again")]
    private partial void LogRunFailed(Exception failure, string tenantId);
}
