using GrainMarketing.Errors;
using GrainMarketing.Tenants;

namespace GrainMarketing.GrainTests.Tenants;

/// <summary>The tenant's durable schedule reminder, ticked by hand so the fake clock decides what is due.</summary>
[Collection(ClusterCollection.Name)]
public sealed class TenantScheduleTests(ClusterFixture fixture)
{
    // 10:30Z on Monday 23 Nov 2026 is 11:30 in Berlin (CET, +01:00): a noon run there is due at 11:00Z.
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 10, 30, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset MondayNoon = new(2026, 11, 23, 11, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset TuesdayNoon = MondayNoon.AddDays(1);
    private const string Admin = "admin@example.com";

    private static readonly TenantSettings BerlinNoon = new("Acme Shoes", "Europe/Berlin", "EUR", 12);

    [Fact]
    public async Task CreateRegistersTheDurableScheduleReminderWithTheConfiguredPeriod()
    {
        var id = NewId();
        await Grain(id).CreateAsync(BerlinNoon, Admin);

        var reminder = Assert.Single((await fixture.Reminders.ReadRows(Grain(id).GetGrainId())).Reminders);
        Assert.Equal(TenantGrain.ScheduleReminder, reminder.ReminderName);
        Assert.Equal(TimeSpan.FromMinutes(1), reminder.Period);
    }

    [Fact]
    public async Task ARefusedCreateRegistersNoReminder()
    {
        var id = NewId();
        await Assert.ThrowsAsync<ValidationFailedException>(
            () => Grain(id).CreateAsync(BerlinNoon with { TimeZone = "Nowhere/City" }, Admin));

        Assert.Empty((await fixture.Reminders.ReadRows(Grain(id).GetGrainId())).Reminders);
    }

    [Fact]
    public async Task TheScheduleReminderRunsTheDailyWorkOnlyOnceItsHourHasCome()
    {
        fixture.SetClock(MondayMorning);
        var id = NewId();
        await Grain(id).CreateAsync(BerlinNoon, Admin);

        await Tick(id);
        Assert.Equal(new TenantSchedule(MondayNoon, LastDailyRunAt: null, LastCheckedAt: MondayMorning), await Schedule(id));

        fixture.SetClock(MondayNoon);
        await Tick(id);
        Assert.Equal(new TenantSchedule(TuesdayNoon, LastDailyRunAt: MondayNoon, LastCheckedAt: MondayNoon), await Schedule(id));

        var nextCheck = fixture.SetClock(MondayNoon.AddMinutes(1));
        await Tick(id);
        Assert.Equal(new TenantSchedule(TuesdayNoon, LastDailyRunAt: MondayNoon, LastCheckedAt: nextCheck), await Schedule(id));
    }

    [Fact]
    public async Task AnotherReminderChangesNothing()
    {
        fixture.SetClock(MondayMorning);
        var id = NewId();
        await Grain(id).CreateAsync(BerlinNoon, Admin);
        fixture.SetClock(MondayNoon.AddMinutes(5));

        await Grain(id).AsReference<IRemindable>().ReceiveReminder("something-else", default);

        Assert.Equal(new TenantSchedule(MondayNoon, LastDailyRunAt: null, LastCheckedAt: null), await Schedule(id));
    }

    [Fact]
    public async Task ATickForATenantThatWasNeverCreatedStoresNothing()
    {
        var id = NewId();
        await Tick(id);

        await Assert.ThrowsAsync<NotFoundException>(() => Grain(id).GetAsync());
    }

    [Fact]
    public async Task MovingTheHourLaterAfterTodaysRunWaitsForTomorrow()
    {
        fixture.SetClock(MondayMorning);
        var id = NewId();
        await Grain(id).CreateAsync(BerlinNoon, Admin);
        fixture.SetClock(MondayNoon.AddMinutes(5));
        await Tick(id);

        var moved = await Grain(id).UpdateSettingsAsync(new TenantSettingsPatch(DailyAnalysisHour: 18));

        // Not 18:00 CET on Monday (17:00Z): Monday ran already.
        Assert.Equal(new DateTimeOffset(2026, 11, 24, 17, 0, 0, TimeSpan.Zero), moved.Schedule.NextDailyRunAt);
    }

    [Fact]
    public async Task APatchOfAnotherSettingKeepsADueRunDue()
    {
        // The hour has come but the reminder has not ticked yet when the tenant is renamed.
        fixture.SetClock(MondayMorning);
        var id = NewId();
        await Grain(id).CreateAsync(BerlinNoon, Admin);
        var renamedAt = fixture.SetClock(MondayNoon.AddSeconds(30));

        var renamed = await Grain(id).UpdateSettingsAsync(new TenantSettingsPatch(DisplayName: "Acme Boots"));
        Assert.Equal(MondayNoon, renamed.Schedule.NextDailyRunAt);

        await Tick(id);
        Assert.Equal(renamedAt, (await Schedule(id)).LastDailyRunAt);
    }

    [Fact]
    public async Task ATickLateAfterLocalMidnightStillLeavesTheNewDayItsOwnRun()
    {
        // Monday's 23:00 CET run is due at 22:00Z; the reminder only fires at 23:30Z, already 00:30 on Tuesday in Berlin.
        fixture.SetClock(new DateTimeOffset(2026, 11, 23, 20, 0, 0, TimeSpan.Zero));
        var id = NewId();
        await Grain(id).CreateAsync(BerlinNoon with { DailyAnalysisHour = 23 }, Admin);
        var lateTick = fixture.SetClock(new DateTimeOffset(2026, 11, 23, 23, 30, 0, TimeSpan.Zero));

        await Tick(id);

        // Tuesday's own run, 23:00 CET on Tuesday, is still due at 22:00Z on Tuesday.
        var tuesdayRun = new DateTimeOffset(2026, 11, 24, 22, 0, 0, TimeSpan.Zero);
        Assert.Equal(new TenantSchedule(tuesdayRun, LastDailyRunAt: lateTick, LastCheckedAt: lateTick), await Schedule(id));
    }

    private ITenantGrain Grain(string id) => fixture.Client.GetGrain<ITenantGrain>(id);

    private Task Tick(string id) => Grain(id).AsReference<IRemindable>().ReceiveReminder(TenantGrain.ScheduleReminder, default);

    private async Task<TenantSchedule> Schedule(string id) => (await Grain(id).GetAsync()).Schedule;

    private static string NewId() => $"t-{Guid.NewGuid():N}";
}
