using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Profiles;

/// <summary>Drives one tenant's pattern clock with a grain timer while active and a durable reminder across restarts.</summary>
/// <remarks>
/// Drives one tenant's pattern clock: a grain timer drains the passed minutes every
/// <see cref="DrainPeriod"/> while active, and a durable reminder brings it back after a restart or a
/// deactivation. At most <see cref="MaxMinutesPerDrain"/> minutes are caught up per drain.
/// </remarks>
[GrainType("pattern-clock-driver")]
public sealed class PatternClockDriverGrain(
    [PersistentState("clock", StorageNames.Default)] IPersistentState<PatternClockDriverState> state,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock) : Grain, IPatternClockDriverGrain, IRemindable
{
    public const int MaxMinutesPerDrain = 1440;
    public static readonly TimeSpan DrainPeriod = TimeSpan.FromSeconds(20);
    private const string Reminder = "pattern-clock";

    public override Task OnActivateAsync(CancellationToken cancellationToken)
    {
        if (state.State.Drained is not null)
        {
            this.RegisterGrainTimer(_ => DrainAsync(), new GrainTimerCreationOptions(DrainPeriod, DrainPeriod) { Interleave = false });
        }

        return Task.CompletedTask;
    }

    public async Task EnsureAsync()
    {
        if (state.State.Drained is not null)
        {
            return;
        }

        state.State.Drained = PatternClock.Floor(clock.GetUtcNow());
        await state.WriteStateAsync();
        await this.RegisterOrUpdateReminder(Reminder, TimeSpan.FromMinutes(1), TimeSpan.FromMinutes(1));
        this.RegisterGrainTimer(_ => DrainAsync(), new GrainTimerCreationOptions(DrainPeriod, DrainPeriod) { Interleave = false });
    }

    public async Task<int> DrainAsync()
    {
        if (state.State.Drained is not { } drained)
        {
            return 0;
        }

        var tenant = this.GetPrimaryKeyString();
        var now = PatternClock.Floor(clock.GetUtcNow());
        var asked = 0;
        var minute = drained;
        for (var n = 0; minute < now && n < MaxMinutesPerDrain; n++)
        {
            minute = minute.AddMinutes(1);
            foreach (var user in await GrainFactory.GetGrain<IPatternClockGrain>(PatternClock.Key(tenant, minute)).DrainAsync())
            {
                await GrainFactory.GetGrain<IUserProfileGrain>(new UserKey(tenant, user).ToString()).RefreshAsync(null);
                asked++;
            }
        }

        if (minute != drained)
        {
            state.State.Drained = minute;
            await state.WriteStateAsync();
        }

        return asked;
    }

    public async Task ReceiveReminder(string reminderName, TickStatus status)
    {
        if (reminderName == Reminder)
        {
            await DrainAsync();
        }
    }
}
