using GrainMarketing.Analysis;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;
using GrainMarketing.Tenants;
using Microsoft.Extensions.DependencyInjection;
using Orleans.Storage;

namespace GrainMarketing.GrainTests.Analysis;

/// <summary>A tenant's analysis runs over customer rows seeded into the fixture's table, started by hand or by the tenant's daily reminder.</summary>
[Collection(ClusterCollection.Name)]
public sealed class BehaviorAnalysisGrainTests(ClusterFixture fixture)
{
    private static readonly DateTimeOffset Morning = new(2026, 12, 3, 6, 0, 0, TimeSpan.Zero);
    private static readonly int High = PatternBits.Of(BehaviorPattern.HighSpender);
    private static readonly int Frequent = PatternBits.Of(BehaviorPattern.Frequent);
    private static readonly int Inactive = PatternBits.Of(BehaviorPattern.Inactive);

    [Fact]
    public async Task ARunRecordsCountsAndTheThresholdOverTheTenantsCustomersAndRefreshesThoseWhoCrossIt()
    {
        fixture.SetClock(Morning);
        var tenant = await NewTenantAsync();
        await WithoutCampaignsAsync(tenant);
        Seed(tenant, "a", 500, 9, 0, High | Frequent);
        Seed(tenant, "b", 300, 6, 1, Frequent);
        Seed(tenant, "c", 300, 4, 2, High);
        Seed(tenant, "d", 120, 3, 5, 0);
        Seed(tenant, "e", 80, 2, 12, 0);
        Seed(tenant, "f", 40, 1, 20, 0);
        Seed(tenant, "g", 0, 0, 40, Inactive | High);
        Seed(tenant, "h", 0, 0, 75, Inactive);

        var started = await Analysis(tenant).StartAsync(AnalysisTrigger.Manual, null);
        var run = await FinishedAsync(tenant, started.Id);

        Assert.Equal((AnalysisRunStatus.Succeeded, null, Morning, Morning), (run.Status, run.Error, run.StartedAt, run.FinishedAt));
        Assert.Equal((8, 300m, 2), (run.Customers, run.HighSpenderThreshold, run.Refreshed));
        Assert.Equal(new[] { 1.0, 5, 12, 40 }, run.Rfm!.Recency);
        Assert.Equal((3, 2, 2, 0), (run.PatternCounts[BehaviorPattern.HighSpender], run.PatternCounts[BehaviorPattern.Frequent],
            run.PatternCounts[BehaviorPattern.Inactive], run.PatternCounts[BehaviorPattern.New]));
        Assert.Equal(CampaignDefaults.All.Select(c => new CampaignDecision(c.Type, c.Criteria.Key, null, 0, CampaignPlanner.Disabled)), run.Decisions);
        Assert.Equal(
            new BehaviorThresholds(PatternSettings.Default, 300m, Morning),
            await fixture.Client.GetGrain<IBehaviorSettingsGrain>(tenant).GetThresholdsAsync());
        Assert.Equal(8, (await fixture.Analyses.ReadSnapshotAsync(tenant, run.Id, default)).Count);

        // b crossed the threshold without the stored bit, g holds it without spending: each is told once.
        var refreshed = await Eventually.ReadAsync(() => Task.FromResult(fixture.Refreshes.Of(tenant)), calls => calls.Count >= 2);
        Assert.Equal([("b", 1), ("g", 1)], refreshed);
        Assert.Equal([(run.Id, AnalysisRunStatus.Succeeded)], (await Analysis(tenant).ListRunsAsync(10)).Select(listed => (listed.Id, listed.Status)));
    }

    [Fact]
    public async Task RunNowWhileARunIsRunningAnswersThatRun()
    {
        fixture.SetClock(Morning);
        var tenant = await NewTenantAsync();
        var gate = fixture.Analyses.Hold(tenant);

        var first = await Analysis(tenant).StartAsync(AnalysisTrigger.Manual, null);
        var second = await Analysis(tenant).StartAsync(AnalysisTrigger.Manual, null);

        Assert.Equal(AnalysisRunStatus.Running, first.Status);
        Assert.Equal((first.Id, AnalysisRunStatus.Running), (second.Id, second.Status));
        Assert.Equal([(first.Id, AnalysisRunStatus.Running)], (await Analysis(tenant).ListRunsAsync(10)).Select(run => (run.Id, run.Status)));
        gate.SetResult();
        var finished = await FinishedAsync(tenant, first.Id);
        Assert.Equal(AnalysisRunStatus.Succeeded, finished.Status);
        Assert.All(finished.Decisions, decision => Assert.Equal(CampaignPlanner.EmptySegment, decision.Reason));

        var third = await Analysis(tenant).StartAsync(AnalysisTrigger.Manual, null);
        Assert.NotEqual(first.Id, third.Id);
        await FinishedAsync(tenant, third.Id);
        Assert.Equal([third.Id, first.Id], (await Analysis(tenant).ListRunsAsync(10)).Select(run => run.Id));
    }

    [Fact]
    public async Task ARunningRunShowsItsPhaseAndTheTimeLeftByThePreviousRunAndEndsDone()
    {
        fixture.SetClock(Morning);
        var tenant = await NewTenantAsync();
        var previous = new AnalysisRun(Guid.NewGuid(), AnalysisTrigger.Schedule, null, Morning.AddDays(-1), Morning.AddDays(-1).AddSeconds(40),
            AnalysisRunStatus.Succeeded, 8, null, null, new Dictionary<BehaviorPattern, int>(), [], null);
        await fixture.Analyses.SaveRunAsync(tenant, previous, default);
        var gate = fixture.Analyses.Hold(tenant);
        var started = await Analysis(tenant).StartAsync(AnalysisTrigger.Manual, null);

        fixture.SetClock(Morning.AddSeconds(10));
        var running = await Analysis(tenant).GetRunAsync(started.Id);
        gate.SetResult();
        var finished = await FinishedAsync(tenant, started.Id);

        Assert.Equal(("judging customers", 0.0, 30.0), (running.Progress!.Phase, running.Progress.Fraction, running.Progress.EstimatedSecondsLeft));
        Assert.StartsWith("the previous run took 40 s", running.Progress.EstimateBasis, StringComparison.Ordinal);
        Assert.Equal(("done", 1.0, 0.0), (finished.Progress!.Phase, finished.Progress.Fraction, finished.Progress.EstimatedSecondsLeft));
    }

    [Fact]
    public async Task AStepThatFailsEndsTheRunFailedWithItsErrorAndTheNextStartRunsAgain()
    {
        fixture.SetClock(Morning);
        var tenant = await NewTenantAsync();
        var gate = fixture.Analyses.Hold(tenant);
        var started = await Analysis(tenant).StartAsync(AnalysisTrigger.Manual, null);

        gate.SetException(new InvalidOperationException("The customer table is unreachable."));
        var failed = await FinishedAsync(tenant, started.Id);

        Assert.Equal((AnalysisRunStatus.Failed, "The customer table is unreachable.", Morning), (failed.Status, failed.Error, failed.FinishedAt));
        Assert.Equal(AnalysisRunStatus.Failed, (await fixture.Analyses.FindRunAsync(tenant, started.Id, default))?.Status);
        Assert.NotEqual(started.Id, (await Analysis(tenant).StartAsync(AnalysisTrigger.Manual, null)).Id);
    }

    [Fact]
    public async Task AScheduledStartForADueTimeAlreadyStartedAnswersItsRun()
    {
        fixture.SetClock(Morning);
        var tenant = await NewTenantAsync();
        var due = Morning.AddMinutes(-5);

        var first = await Analysis(tenant).StartAsync(AnalysisTrigger.Schedule, due);
        await FinishedAsync(tenant, first.Id);
        var again = await Analysis(tenant).StartAsync(AnalysisTrigger.Schedule, due);
        var earlier = await Analysis(tenant).StartAsync(AnalysisTrigger.Schedule, due.AddDays(-1));

        Assert.Equal((first.Id, first.Id), (again.Id, earlier.Id));
        Assert.Equal(AnalysisRunStatus.Succeeded, again.Status);
        Assert.Single(await Analysis(tenant).ListRunsAsync(10));
    }

    [Fact]
    public async Task ARunFoundRunningWhenItsGrainActivatesIsMarkedFailed()
    {
        var tenant = await NewTenantAsync();
        var cut = new AnalysisRun(Guid.NewGuid(), AnalysisTrigger.Manual, null, Morning, null, AnalysisRunStatus.Running, 0, null, null,
            new Dictionary<BehaviorPattern, int>(), [], null);
        var storage = fixture.SiloServices.GetRequiredKeyedService<IGrainStorage>(StorageNames.Default);
        await storage.WriteStateAsync("analysis", GrainId.Create("behavior-analysis", tenant),
            new GrainState<BehaviorAnalysisState>(new BehaviorAnalysisState { Current = cut }));
        var activatedAt = fixture.SetClock(Morning.AddHours(1));

        var run = await Analysis(tenant).GetRunAsync(cut.Id);

        Assert.Equal((cut.Id, AnalysisRunStatus.Failed, activatedAt, BehaviorAnalysisGrain.Interrupted), (run.Id, run.Status, run.FinishedAt, run.Error));
        var stored = await fixture.Analyses.FindRunAsync(tenant, cut.Id, default);
        Assert.Equal((AnalysisRunStatus.Failed, BehaviorAnalysisGrain.Interrupted), (stored?.Status, stored?.Error));
    }

    private IBehaviorAnalysisGrain Analysis(string tenant) => fixture.Client.GetGrain<IBehaviorAnalysisGrain>(tenant);

    [Fact]
    public async Task ACustomerWhoCrossesTheNewThresholdShowsHighSpenderAfterTheRun()
    {
        fixture.SetClock(Morning);
        var tenant = await NewTenantAsync();
        await WithoutCampaignsAsync(tenant);
        foreach (var (user, amount) in new[] { ("big", 900m), ("s1", 10m), ("s2", 20m), ("s3", 30m), ("s4", 40m) })
        {
            var key = new UserKey(tenant, user);
            await fixture.Client.GetGrain<IUserProfileGrain>(key.ToString()).ApplyAsync(
                new UserEventBatch(key, Morning, [new Transaction($"{user}-1", amount, "EUR", Morning.AddDays(-3))], []));
        }

        var started = await Analysis(tenant).StartAsync(AnalysisTrigger.Manual, null);
        Assert.Equal(900m, (await FinishedAsync(tenant, started.Id)).HighSpenderThreshold);
        var big = fixture.Client.GetGrain<IUserProfileGrain>(new UserKey(tenant, "big").ToString());
        var profile = await Eventually.ReadAsync(big.GetProfileAsync, p => p.Patterns.Contains(BehaviorPattern.HighSpender));
        Assert.Contains(BehaviorPattern.HighSpender, profile.Patterns);
        var small = await fixture.Client.GetGrain<IUserProfileGrain>(new UserKey(tenant, "s4").ToString()).GetProfileAsync();
        Assert.DoesNotContain(BehaviorPattern.HighSpender, small.Patterns);
    }

    private async Task<string> NewTenantAsync(int hour = 6, string zone = "Europe/Berlin")
    {
        var tenant = $"t-{Guid.NewGuid():N}";
        await fixture.Client.GetGrain<ITenantGrain>(tenant).CreateAsync(new TenantSettings("Acme", zone, "EUR", hour), "admin@example.com");
        return tenant;
    }

    /// <summary>Every campaign type switched off, so a run never needs the campaign book.</summary>
    private async Task WithoutCampaignsAsync(string tenant) =>
        await fixture.Client.GetGrain<IBehaviorSettingsGrain>(tenant).UpdateSettingsAsync(
            BehaviorSettings.Default with { Campaigns = [.. CampaignDefaults.All.Select(campaign => campaign with { Enabled = false })] });

    private async Task<AnalysisRun> FinishedAsync(string tenant, Guid id)
    {
        var run = await Eventually.ReadAsync(() => Analysis(tenant).GetRunAsync(id), run => run.Status != AnalysisRunStatus.Running);
        Assert.NotEqual(AnalysisRunStatus.Running, run.Status);
        return run;
    }

    private void Seed(string tenant, string user, decimal spend, int purchases, int daysAgo, int patterns) =>
        fixture.Customers.Upsert(new CustomerRow(tenant, user, patterns, spend, purchases, spend / 2, spend / 2, Morning.AddDays(-80),
            Morning.AddDays(-daysAgo).AddHours(-1), null, null, Morning));
}
