using GrainMarketing.Insights.Predictions;
using GrainMarketing.Runs;

namespace GrainMarketing.UnitTests.Insights.Predictions;

/// <summary>
/// What every <see cref="IOutcomeModelRegistry"/> promises, run once per implementation by a derived class:
/// <c>InMemoryOutcomeModelRegistryTests</c> here, and the PostgreSQL registry's tests in the integration tests,
/// which compile this file too. Each test gets an empty registry of its own.
/// </summary>
public abstract class OutcomeModelRegistryContract : IAsyncLifetime
{
    protected const string Tenant = "acme";
    private static readonly DateTimeOffset At = new(2026, 12, 1, 6, 0, 0, TimeSpan.Zero);

    private IOutcomeModelRegistry? _registry;

    protected IOutcomeModelRegistry Registry => _registry ?? throw new InvalidOperationException("The registry is created in InitializeAsync.");

    public async Task InitializeAsync() => _registry = await CreateEmptyAsync();

    public virtual Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task VersionsAreNumberedPerTenantAndListedNewestFirstWithTheirFigures()
    {
        await Registry.AddAsync(Tenant, Model(1.5), At, live: true, CancellationToken.None);
        await Registry.AddAsync("other", Model(9), At, live: true, CancellationToken.None);
        var second = await Registry.AddAsync(Tenant, Model(1.2), At.AddDays(7), live: false, CancellationToken.None);

        var listed = await Registry.ListAsync(Tenant, CancellationToken.None);

        Assert.Equal(2, second.Version);
        Assert.Equal([2, 1], listed.Versions.Select(version => version.Version));
        Assert.Equal(1, listed.LiveVersion);
        var newest = listed.Versions[0];
        Assert.Equal((At.AddDays(7), new DateOnly(2026, 6, 1), new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 1), 1_000, 12), (newest.TrainedAt, newest.From, newest.To, newest.HeldOutFrom, newest.Rows, newest.Campaigns));
        Assert.Equal(1.2, newest.MetricsOf(CampaignOutcome.Conversions)!.Mae);
        Assert.Equal(1.8, newest.MetricsOf(CampaignOutcome.Conversions)!.BaselineMae);
        Assert.Null(newest.MetricsOf(CampaignOutcome.Conversions)!.R2);
        Assert.Equal([new FeatureWeight("dailyBudget", 0.7), new FeatureWeight("platform", 0.3)], newest.Importance.Single().Features);
    }

    [Fact]
    public async Task ANewLiveVersionRetiresTheOldOne()
    {
        await Registry.AddAsync(Tenant, Model(1.5), At, live: true, CancellationToken.None);

        await Registry.AddAsync(Tenant, Model(1.2), At.AddDays(7), live: true, CancellationToken.None);

        Assert.Equal(2, (await Registry.ListAsync(Tenant, CancellationToken.None)).LiveVersion);
    }

    [Fact]
    public async Task APackageIsReadBackByteForByteAndAnUnknownVersionIsNull()
    {
        var model = Model(1.5);
        await Registry.AddAsync(Tenant, model, At, live: false, CancellationToken.None);

        Assert.Equal(model.Package, await Registry.LoadPackageAsync(Tenant, 1, CancellationToken.None));
        Assert.Null(await Registry.LoadPackageAsync(Tenant, 2, CancellationToken.None));
        Assert.Null(await Registry.LoadPackageAsync("other", 1, CancellationToken.None));
    }

    [Fact]
    public async Task ATenantWithoutVersionsHasNoneAndNoLiveOne()
    {
        var listed = await Registry.ListAsync(Tenant, CancellationToken.None);

        Assert.Empty(listed.Versions);
        Assert.Null(listed.LiveVersion);
    }

    [Fact]
    public async Task PruningDropsThePackagesOfAllButTheLiveAndTheNewestVersionsAndKeepsTheirFigures()
    {
        await Registry.AddAsync(Tenant, Model(1.5), At, live: false, CancellationToken.None);
        await Registry.AddAsync(Tenant, Model(1.4), At, live: true, CancellationToken.None);
        for (var week = 1; week <= 4; week++)
        {
            await Registry.AddAsync(Tenant, Model(1.3), At.AddDays(7 * week), live: false, CancellationToken.None);
        }

        await Registry.AddAsync("other", Model(9), At, live: false, CancellationToken.None);

        var pruned = await Registry.PrunePackagesAsync(Tenant, 2, CancellationToken.None);
        var again = await Registry.PrunePackagesAsync(Tenant, 2, CancellationToken.None);

        Assert.Equal((3, 0), (pruned, again));
        var listed = await Registry.ListAsync(Tenant, CancellationToken.None);
        Assert.Equal([6, 5, 4, 3, 2, 1], listed.Versions.Select(version => version.Version));
        Assert.Equal([false, false, true, true, false, true], listed.Versions.Select(version => version.PackagePruned));
        Assert.Equal(1.5, listed.Versions[^1].MetricsOf(CampaignOutcome.Conversions)!.Mae);
        Assert.Null(await Registry.LoadPackageAsync(Tenant, 1, CancellationToken.None));
        Assert.NotNull(await Registry.LoadPackageAsync(Tenant, 2, CancellationToken.None));
        Assert.NotNull(await Registry.LoadPackageAsync("other", 1, CancellationToken.None));
    }

    [Fact]
    public async Task ARunSavedAgainReplacesItsEarlierStateAndRunsAreListedNewestFirstPerTenant()
    {
        var first = Run(At);
        var second = Run(At.AddMinutes(5));
        await Registry.SaveRunAsync(Tenant, first, CancellationToken.None);
        await Registry.SaveRunAsync(Tenant, second, CancellationToken.None);
        await Registry.SaveRunAsync("other", Run(At.AddMinutes(9)), CancellationToken.None);
        var result = new TrainingResult(Model(1.2).AsVersion(1, At.AddMinutes(1)), true, "beats the baseline");
        var ended = first with { Status = TrainingRunStatus.Succeeded, StartedAt = At, FinishedAt = At.AddMinutes(1), Result = result };

        await Registry.SaveRunAsync(Tenant, ended, CancellationToken.None);

        var found = await Registry.FindRunAsync(Tenant, first.Id, CancellationToken.None);
        Assert.Equal((TrainingRunStatus.Succeeded, At.AddMinutes(1), 1, 1.2), (found!.Status, found.FinishedAt, found.Result!.Version.Version, found.Result.Version.MetricsOf(CampaignOutcome.Conversions)!.Mae));
        Assert.Equal(first.Progress, found.Progress);
        Assert.Equal([second.Id, first.Id], (await Registry.ListRunsAsync(Tenant, 10, CancellationToken.None)).Select(run => run.Id));
        Assert.Equal([second.Id], (await Registry.ListRunsAsync(Tenant, 1, CancellationToken.None)).Select(run => run.Id));
        Assert.Null(await Registry.FindRunAsync("other", first.Id, CancellationToken.None));
    }

    protected abstract Task<IOutcomeModelRegistry> CreateEmptyAsync();

    private static TrainingRun Run(DateTimeOffset queuedAt) => new(
        Guid.NewGuid(), TrainingTrigger.Manual, TrainingRunStatus.Queued, queuedAt, null, null, new RunProgress("queued", 0, null, "unknown"), null, null);

    private static TrainedOutcomeModel Model(double conversionsMae) => new(
        new DateOnly(2026, 6, 1), new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 1), 1_000, 12,
        [new OutcomeMetrics(CampaignOutcome.Conversions, 200, conversionsMae, null, "average rate", 1.8, 0.1, 0.79)],
        [new OutcomeImportance(CampaignOutcome.Conversions, [new FeatureWeight("dailyBudget", 0.7), new FeatureWeight("platform", 0.3)])],
        "test learner",
        [1, 2, 3, (byte)(conversionsMae * 10)]);
}
