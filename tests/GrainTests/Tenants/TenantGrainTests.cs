using GrainMarketing.Errors;
using GrainMarketing.Tenants;

namespace GrainMarketing.GrainTests.Tenants;

[Collection(ClusterCollection.Name)]
public sealed class TenantGrainTests(ClusterFixture fixture)
{
    // 10:30Z on Monday 23 Nov 2026 is 11:30 in Berlin (CET, +01:00) and 05:30 in New York (EST, -05:00).
    private static readonly DateTimeOffset MondayMorning = new(2026, 11, 23, 10, 30, 0, TimeSpan.Zero);
    private const string Admin = "admin@example.com";

    private static readonly TenantSettings Berlin = new("Acme Shoes", "Europe/Berlin", "EUR", 7);

    [Theory]
    [InlineData(7, 24, 6)] // 07:00 Berlin has passed: Tuesday 07:00 CET is 06:00Z.
    [InlineData(12, 23, 11)] // 12:00 Berlin is still ahead: Monday 12:00 CET is 11:00Z.
    public async Task CreateStoresNormalisedSettingsAndSchedulesTheFirstDailyRun(int hour, int runDay, int runUtcHour)
    {
        var now = fixture.SetClock(MondayMorning);
        var id = NewId();

        var tenant = await Grain(id).CreateAsync(new TenantSettings("  Acme Shoes ", " Europe/Berlin ", "eur", hour), Admin);

        var schedule = new TenantSchedule(Utc(2026, 11, runDay, runUtcHour, 0), LastDailyRunAt: null, LastCheckedAt: null);
        Assert.Equal(new TenantDetails(id, Berlin with { DailyAnalysisHour = hour }, now, now, schedule), tenant);
        Assert.Equal(tenant, await Grain(id).GetAsync());
    }

    [Fact]
    public async Task CreatingTheSameTenantTwiceIsAConflictAndKeepsTheFirst()
    {
        var id = NewId();
        var created = await Grain(id).CreateAsync(Berlin, Admin);

        await Assert.ThrowsAsync<ConflictException>(() => Grain(id).CreateAsync(Berlin with { Currency = "USD" }, Admin));
        Assert.Equal(created, await Grain(id).GetAsync());
    }

    [Fact]
    public async Task InvalidSettingsAreRefusedNamingEveryFieldAndNothingIsStored()
    {
        var id = NewId();
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(
            () => Grain(id).CreateAsync(new TenantSettings("", "Pacific Standard Time", "EURO", 24), Admin));

        Assert.Equal(["currency", "dailyAnalysisHour", "displayName", "timeZone"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.All(invalid.Errors.Values, reasons => Assert.NotEmpty(Assert.Single(reasons)));
        await Assert.ThrowsAsync<NotFoundException>(() => Grain(id).GetAsync());
    }

    [Fact]
    public async Task AGrainKeyThatIsNotASlugCannotBecomeATenant()
    {
        var key = $"Not-A-Slug-{Guid.NewGuid():N}";
        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain(key).CreateAsync(Berlin, Admin));

        Assert.Equal(["id"], invalid.Errors.Keys);
        await Assert.ThrowsAsync<NotFoundException>(() => Grain(key).GetAsync());
    }

    [Fact]
    public async Task AnUnknownTenantIsNotFound()
    {
        var id = NewId();
        var missing = await Assert.ThrowsAsync<NotFoundException>(() => Grain(id).GetAsync());
        Assert.Equal(("Tenant", id), (missing.Entity, missing.EntityId));

        await Assert.ThrowsAsync<NotFoundException>(() => Grain(NewId()).UpdateSettingsAsync(new TenantSettingsPatch(DisplayName: "x")));
    }

    [Fact]
    public async Task PatchChangesOnlyTheGivenSettingsAndMovesTheSchedule()
    {
        var createdAt = fixture.SetClock(MondayMorning);
        var id = NewId();
        await Grain(id).CreateAsync(Berlin, Admin);
        var patchedAt = fixture.SetClock(MondayMorning.AddHours(1));

        var patched = await Grain(id).UpdateSettingsAsync(new TenantSettingsPatch(TimeZone: "America/New_York", Currency: " usd ", DailyAnalysisHour: 23));

        // 23:00 EST on Monday is 04:00Z on Tuesday.
        var settings = new TenantSettings("Acme Shoes", "America/New_York", "USD", 23);
        var schedule = new TenantSchedule(Utc(2026, 11, 24, 4, 0), LastDailyRunAt: null, LastCheckedAt: null);
        Assert.Equal(new TenantDetails(id, settings, createdAt, patchedAt, schedule), patched);
        Assert.Equal(patched, await Grain(id).GetAsync());
    }

    [Fact]
    public async Task AnInvalidPatchIsRefusedAndChangesNothing()
    {
        fixture.SetClock(MondayMorning);
        var id = NewId();
        var created = await Grain(id).CreateAsync(Berlin, Admin);
        fixture.SetClock(MondayMorning.AddHours(1));

        var invalid = await Assert.ThrowsAsync<ValidationFailedException>(() => Grain(id).UpdateSettingsAsync(
            new TenantSettingsPatch(DisplayName: "Renamed", TimeZone: "Pacific Standard Time", Currency: "ABC", DailyAnalysisHour: 9)));

        Assert.Equal(["currency", "timeZone"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(created, await Grain(id).GetAsync());
    }

    private ITenantGrain Grain(string id) => fixture.Client.GetGrain<ITenantGrain>(id);

    private static string NewId() => $"t-{Guid.NewGuid():N}";

    private static DateTimeOffset Utc(int year, int month, int day, int hour, int minute) =>
        new(year, month, day, hour, minute, 0, TimeSpan.Zero);
}
