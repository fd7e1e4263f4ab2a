using GrainMarketing.Analysis;
using GrainMarketing.Errors;
using GrainMarketing.Insights.Benchmarks;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Tenants;

/// <summary>Holds a tenant's settings and starts its daily behaviour analysis when the analysis hour comes.</summary>
/// <remarks>
/// Holds a tenant's settings and owns its daily schedule: a durable reminder checks every
/// <see cref="TenantScheduleOptions.CheckPeriod"/> whether the analysis hour has come in the tenant's zone,
/// and starts the day's behaviour analysis when it has.
/// </remarks>
[GrainType(TenantGrain.TypeName)]
public sealed partial class TenantGrain(
    [PersistentState(TenantGrain.StateName, StorageNames.Default)] IPersistentState<TenantState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IOptions<TenantScheduleOptions> options,
    BenchmarkTable benchmarks,
    ILogger<TenantGrain> logger) : Grain, ITenantGrain, IRemindable
{
    public const string ScheduleReminder = "daily-schedule";

    /// <summary>The grain type and its state's name, under which a tenant's settings are stored (<see cref="TenantExistenceGrain"/> reads them).</summary>
    public const string TypeName = "tenant";
    public const string StateName = "tenant";

    private readonly ILogger<TenantGrain> _logger = logger;

    private string Id => this.GetPrimaryKeyString();

    public async Task<TenantDetails> CreateAsync(TenantSettings settings, string adminEmail)
    {
        if (state.RecordExists)
        {
            throw new ConflictException(TenantRules.IdNotAvailable);
        }

        settings = TenantRules.Normalize(settings);
        ThrowIfInvalid(Validate(TenantRules.Validate(Id, settings), settings));

        // The admin is stored first: a tenant never exists without one, and a retried create finds the same admin.
        await GrainFactory.GetGrain<ITenantAccessGrain>(Id).InitializeAsync(adminEmail);
        var now = clock.GetUtcNow();
        state.State = new TenantState
        {
            Settings = settings,
            CreatedAt = now,
            UpdatedAt = now,
            NextDailyRunAt = NextRun(settings, now, lastRun: null),
        };
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(ScheduleReminder, options.Value.CheckPeriod, options.Value.CheckPeriod);
        LogCreated(Id, state.State.NextDailyRunAt);
        return Details();
    }

    public Task<TenantDetails> GetAsync()
    {
        EnsureExists();
        return Task.FromResult(Details());
    }

    public async Task<TenantDetails> UpdateSettingsAsync(TenantSettingsPatch patch)
    {
        EnsureExists();
        var settings = TenantRules.Normalize(patch.ApplyTo(state.State.Settings!));
        ThrowIfInvalid(Validate(TenantRules.Validate(settings), settings));

        var now = clock.GetUtcNow();
        var held = state.State.Settings!;
        state.State.Settings = settings;
        state.State.UpdatedAt = now;
        if (settings.TimeZone != held.TimeZone || settings.DailyAnalysisHour != held.DailyAnalysisHour)
        {
            // Only a new hour or zone moves the schedule; a run already due stays due otherwise.
            state.State.NextDailyRunAt = NextRun(settings, now, state.State.LastRunDueAt);
        }

        await state.WriteStateAsync();
        return Details();
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName != ScheduleReminder || !state.RecordExists)
        {
            return;
        }

        var now = clock.GetUtcNow();
        var tenant = state.State;
        tenant.LastCheckedAt = now;
        if (now >= tenant.NextDailyRunAt)
        {
            // The day that ran is the day the run was due, even when the tick comes late, after local midnight.
            // The analysis starts before the schedule moves on: a tick that fails here is repeated, and the
            // analysis answers a repeated due time with the run it started for it.
            var due = tenant.NextDailyRunAt;
            await GrainFactory.GetGrain<IBehaviorAnalysisGrain>(Id).StartAsync(AnalysisTrigger.Schedule, due);
            tenant.LastDailyRunAt = now;
            tenant.LastRunDueAt = due;
            tenant.NextDailyRunAt = NextRun(tenant.Settings!, now, due);
            LogDailyRun(Id, DailySchedule.LocalDate(due, Zone(tenant.Settings!)), tenant.NextDailyRunAt);
        }

        await state.WriteStateAsync();
    }

    private static TimeZoneInfo Zone(TenantSettings settings) => TimeZoneInfo.FindSystemTimeZoneById(settings.TimeZone);

    private static DateTimeOffset NextRun(TenantSettings settings, DateTimeOffset now, DateTimeOffset? lastRun) =>
        DailySchedule.NextRunAfter(now, Zone(settings), settings.DailyAnalysisHour, lastRun);

    /// <summary>Adds to the rules' errors an industry the benchmark table does not have, which only the silo can know.</summary>
    private Dictionary<string, string[]> Validate(Dictionary<string, string[]> errors, TenantSettings settings)
    {
        if (settings.Industry is { } industry && !benchmarks.IsIndustry(industry))
        {
            errors["industry"] = [$"'{industry}' is not an industry of the benchmark table: one of {string.Join(", ", benchmarks.Catalog.Industries.Select(i => i.Id))}."];
        }

        return errors;
    }

    private static void ThrowIfInvalid(Dictionary<string, string[]> errors)
    {
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }
    }

    private void EnsureExists()
    {
        if (!state.RecordExists)
        {
            throw new NotFoundException("Tenant", Id);
        }
    }

    private TenantDetails Details()
    {
        var tenant = state.State;
        return new TenantDetails(
            Id,
            tenant.Settings!,
            tenant.CreatedAt,
            tenant.UpdatedAt,
            new TenantSchedule(tenant.NextDailyRunAt, tenant.LastDailyRunAt, tenant.LastCheckedAt));
    }
}
