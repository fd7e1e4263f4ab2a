using GrainMarketing.Insights.Predictions;

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

    protected abstract Task<IOutcomeModelRegistry> CreateEmptyAsync();

    private static TrainedOutcomeModel Model(double conversionsMae) => new(
        new DateOnly(2026, 6, 1), new DateOnly(2026, 11, 30), new DateOnly(2026, 11, 1), 1_000, 12,
        [new OutcomeMetrics(CampaignOutcome.Conversions, 200, conversionsMae, null, "average rate", 1.8, 0.1, 0.79)],
        [new OutcomeImportance(CampaignOutcome.Conversions, [new FeatureWeight("dailyBudget", 0.7), new FeatureWeight("platform", 0.3)])],
        "test learner",
        [1, 2, 3, (byte)(conversionsMae * 10)]);
}
