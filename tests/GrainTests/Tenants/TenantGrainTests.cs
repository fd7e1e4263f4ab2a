using GrainMarketing.Errors;
using GrainMarketing.Tenants;

namespace GrainMarketing.GrainTests.Tenants;

[Collection(ClusterCollection.Name)]
public sealed class TenantGrainTests(ClusterFixture fixture)
{
    private static readonly TenantSettings Berlin = new("Acme Shoes", "Europe/Berlin", "EUR", 7);

    [Fact]
    public async Task CreateStoresNormalisedSettingsAndSchedulesTheFirstDailyRun()
    {
        var id = NewId();
        var tenant = await Grain(id).CreateAsync(new TenantSettings("  Acme Shoes ", "Europe/Berlin", "eur", 7));

        Assert.Equal(id, tenant.Id);
        Assert.Equal(Berlin, tenant.Settings);
        Assert.Equal(fixture.Clock.GetUtcNow(), tenant.CreatedAt);
        Assert.Null(tenant.Schedule.LastDailyRunAt);
        // The fake clock sits at or after 10:30Z on 23 Nov; 07:00 Berlin (06:00Z) is next on the following day.
        var expected = DailySchedule.NextRunAfter(fixture.Clock.GetUtcNow(), TimeZoneInfo.FindSystemTimeZoneById("Europe/Berlin"), 7);
        Assert.Equal(expected, tenant.Schedule.NextDailyRunAt);
        Assert.Equal(6, tenant.Schedule.NextDailyRunAt.UtcDateTime.Hour);
        Assert.Equal(tenant, await Grain(id).GetAsync());
    }

    [Fact]
    public async Task CreatingTheSameTenantTwiceIsAConflictAndKeepsTheFirst()
    {
        var id = NewId();
        await Grain(id).CreateAsync(Berlin);

        await Assert.ThrowsAsync<ConflictException>(() => Grain(id).CreateAsync(Berlin with { Currency = "USD" }));
        Assert.Equal("EUR", (await Grain(id).GetAsync()).Settings.Currency);
    }

    [Fact]
    public async Task InvalidSettingsAreRefusedNamingEveryFieldAndNothingIsStored()
    {
        var id = NewId();
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Grain(id).CreateAsync(new TenantSettings("", "Nowhere/City", "EURO", 24)));

        Assert.Equal(["currency", "dailyAnalysisHour", "displayName", "timeZone"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
        await Assert.ThrowsAsync<NotFoundException>(() => Grain(id).GetAsync());
    }

    [Fact]
    public async Task AGrainKeyThatIsNotASlugCannotBecomeATenant()
    {
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain("Not A Slug").CreateAsync(Berlin));
        Assert.Equal(["id"], invalid.Errors.Keys);
    }

    [Fact]
    public async Task AnUnknownTenantIsNotFound()
    {
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => Grain(NewId()).GetAsync());
        Assert.Equal("Tenant", missing.Entity);
        await Assert.ThrowsAsync<NotFoundException>(() => Grain(NewId()).UpdateSettingsAsync(new TenantSettingsPatch(DisplayName: "x")));
    }

    [Fact]
    public async Task PatchChangesOnlyTheGivenSettingsAndMovesTheSchedule()
    {
        var id = NewId();
        var created = await Grain(id).CreateAsync(Berlin);

        var patched = await Grain(id).UpdateSettingsAsync(new TenantSettingsPatch(TimeZone: "America/New_York", DailyAnalysisHour: 23));

        Assert.Equal(new TenantSettings("Acme Shoes", "America/New_York", "EUR", 23), patched.Settings);
        var newYork = TimeZoneInfo.ConvertTime(patched.Schedule.NextDailyRunAt, TimeZoneInfo.FindSystemTimeZoneById("America/New_York"));
        Assert.Equal(23, newYork.Hour);
        Assert.NotEqual(created.Schedule.NextDailyRunAt, patched.Schedule.NextDailyRunAt);
        Assert.Equal(patched, await Grain(id).GetAsync());
    }

    [Fact]
    public async Task AnInvalidPatchChangesNothing()
    {
        var id = NewId();
        var created = await Grain(id).CreateAsync(Berlin);

        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Grain(id).UpdateSettingsAsync(new TenantSettingsPatch(DisplayName: "Renamed", Currency: "ABC")));

        Assert.Equal(["currency"], invalid.Errors.Keys);
        Assert.Equal(created, await Grain(id).GetAsync());
    }

    [Fact]
    public async Task TheScheduleReminderRunsTheDailyWorkOnlyOnceItsHourHasCome()
    {
        var id = NewId();
        var created = await Grain(id).CreateAsync(Berlin);
        var reminder = Grain(id).AsReference<IRemindable>();

        await reminder.ReceiveReminder(TenantGrain.ScheduleReminder, default);
        var checkedEarly = (await Grain(id).GetAsync()).Schedule;
        Assert.Equal(fixture.Clock.GetUtcNow(), checkedEarly.LastCheckedAt);
        Assert.Null(checkedEarly.LastDailyRunAt);
        Assert.Equal(created.Schedule.NextDailyRunAt, checkedEarly.NextDailyRunAt);

        var due = created.Schedule.NextDailyRunAt;
        fixture.Clock.AdjustTime(due.AddMinutes(1));
        await reminder.ReceiveReminder(TenantGrain.ScheduleReminder, default);
        var ran = (await Grain(id).GetAsync()).Schedule;
        Assert.Equal(due.AddMinutes(1), ran.LastDailyRunAt);
        Assert.Equal(due.AddDays(1), ran.NextDailyRunAt);

        await reminder.ReceiveReminder(TenantGrain.ScheduleReminder, default);
        Assert.Equal(due.AddMinutes(1), (await Grain(id).GetAsync()).Schedule.LastDailyRunAt);
    }

    private ITenantGrain Grain(string id) => fixture.Client.GetGrain<ITenantGrain>(id);

    private static string NewId() => $"t-{Guid.NewGuid():N}";
}
