using GrainMarketing.Analysis;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Tenants;

namespace GrainMarketing.GrainTests.Analysis;

/// <summary>The tenant's daily reminder, ticked by hand every half hour of a fake clock, starting the analysis once per local day.</summary>
[Collection(ClusterCollection.Name)]
public sealed class AnalysisScheduleTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ABerlinTenantRunsOncePerLocalDayAtTwoAcrossTheSpringChange()
    {
        // 2027-03-28: 02:00 CET does not exist, the clocks jump to 03:00 CEST (01:00Z), the first instant after the gap.
        var due = await RunDaysAsync(new DateTimeOffset(2027, 3, 26, 12, 0, 0, TimeSpan.Zero), days: 4);

        Assert.Equal(
        [
            new DateTimeOffset(2027, 3, 27, 2, 0, 0, TimeSpan.FromHours(1)),
            new DateTimeOffset(2027, 3, 28, 3, 0, 0, TimeSpan.FromHours(2)),
            new DateTimeOffset(2027, 3, 29, 2, 0, 0, TimeSpan.FromHours(2)),
            new DateTimeOffset(2027, 3, 30, 2, 0, 0, TimeSpan.FromHours(2)),
        ], due);
    }

    [Fact]
    public async Task ABerlinTenantRunsOncePerLocalDayAtTwoAcrossTheAutumnChange()
    {
        // 2027-10-31: 02:00-03:00 happens twice; the run is at the first 02:00 (CEST, 00:00Z), not again an hour later.
        var due = await RunDaysAsync(new DateTimeOffset(2027, 10, 29, 12, 0, 0, TimeSpan.Zero), days: 4);

        Assert.Equal(
        [
            new DateTimeOffset(2027, 10, 30, 2, 0, 0, TimeSpan.FromHours(2)),
            new DateTimeOffset(2027, 10, 31, 2, 0, 0, TimeSpan.FromHours(2)),
            new DateTimeOffset(2027, 11, 1, 2, 0, 0, TimeSpan.FromHours(1)),
            new DateTimeOffset(2027, 11, 2, 2, 0, 0, TimeSpan.FromHours(1)),
        ], due);
    }

    [Fact]
    public async Task AReminderThatFiresTwiceOrLateStartsOneRunForTheDay()
    {
        var created = fixture.SetClock(new DateTimeOffset(2026, 12, 2, 12, 0, 0, TimeSpan.Zero));
        var tenant = $"t-{Guid.NewGuid():N}";
        await Tenant(tenant).CreateAsync(new TenantSettings("Acme", "Europe/Berlin", "EUR", 6), "admin@example.com");

        // Thursday's 06:00 CET run is due at 05:00Z; the reminder comes three hours late, then again.
        fixture.SetClock(created.AddHours(20));
        await TickAsync(tenant);
        await TickAsync(tenant);
        await IdleAsync(tenant);
        await TickAsync(tenant);

        var run = Assert.Single(await Analysis(tenant).ListRunsAsync(10));
        Assert.Equal((AnalysisTrigger.Schedule, new DateTimeOffset(2026, 12, 3, 5, 0, 0, TimeSpan.Zero), AnalysisRunStatus.Succeeded), (run.Trigger, run.DueAt, run.Status));
    }

    /// <summary>Ticks every 30 minutes for <paramref name="days"/> days from <paramref name="start"/>; the due times of the runs, oldest first.</summary>
    private async Task<IReadOnlyList<DateTimeOffset>> RunDaysAsync(DateTimeOffset start, int days)
    {
        fixture.SetClock(start);
        var tenant = $"t-{Guid.NewGuid():N}";
        await Tenant(tenant).CreateAsync(new TenantSettings("Acme", "Europe/Berlin", "EUR", 2), "admin@example.com");
        for (var tick = start.AddMinutes(30); tick <= start.AddDays(days); tick = tick.AddMinutes(30))
        {
            fixture.SetClock(tick);
            await TickAsync(tenant);
            await IdleAsync(tenant);
        }

        var runs = await Analysis(tenant).ListRunsAsync(100);
        Assert.All(runs, run => Assert.Equal((AnalysisTrigger.Schedule, AnalysisRunStatus.Succeeded), (run.Trigger, run.Status)));
        // Each run started at the first tick at or after its due time.
        Assert.All(runs, run => Assert.InRange(run.StartedAt - run.DueAt!.Value, TimeSpan.Zero, TimeSpan.FromMinutes(30)));
        return [.. runs.Select(run => run.DueAt!.Value).Reverse()];
    }

    private ITenantGrain Tenant(string tenant) => fixture.Client.GetGrain<ITenantGrain>(tenant);

    private IBehaviorAnalysisGrain Analysis(string tenant) => fixture.Client.GetGrain<IBehaviorAnalysisGrain>(tenant);

    private Task TickAsync(string tenant) => Tenant(tenant).AsReference<IRemindable>().ReceiveReminder(TenantGrain.ScheduleReminder, default);

    /// <summary>Waits until no run of the tenant is running.</summary>
    private Task IdleAsync(string tenant) =>
        Eventually.ReadAsync(() => Analysis(tenant).ListRunsAsync(1), runs => runs.All(run => run.Status != AnalysisRunStatus.Running));
}
