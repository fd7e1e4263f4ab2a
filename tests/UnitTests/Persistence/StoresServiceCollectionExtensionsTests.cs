using GrainMarketing.Alerts;
using GrainMarketing.Analysis;
using GrainMarketing.Audit;
using GrainMarketing.Automation;
using GrainMarketing.History;
using GrainMarketing.Offers;
using GrainMarketing.Persistence;
using GrainMarketing.Profiles;
using GrainMarketing.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace GrainMarketing.UnitTests.Persistence;

public sealed class StoresServiceCollectionExtensionsTests
{
    private const string ConnectionString = "Host=db.invalid;Database=grainmarketing;Username=gm";

    [Fact]
    public void TheMemoryProfileGivesEveryStoreItsInMemoryImplementation()
    {
        using var services = new ServiceCollection().AddGrainMarketingMemoryStores().BuildServiceProvider();

        Assert.IsType<InMemoryCustomerStore>(services.GetRequiredService<ICustomerStore>());
        Assert.IsType<InMemoryCampaignTargetStore>(services.GetRequiredService<ICampaignTargetStore>());
        Assert.IsType<InMemoryAnalysisStore>(services.GetRequiredService<IAnalysisStore>());
        Assert.IsType<InMemoryAuditLog>(services.GetRequiredService<IAuditLog>());
        Assert.IsType<InMemoryFiringLog>(services.GetRequiredService<IFiringLog>());
        Assert.IsType<InMemoryAlertHistory>(services.GetRequiredService<IAlertHistory>());
        Assert.IsType<InMemoryMetricHistory>(services.GetRequiredService<IMetricHistory>());
    }

    [Fact]
    public async Task TheMemoryStoresOverCustomersReadOneCustomerTable()
    {
        await using var services = new ServiceCollection().AddGrainMarketingMemoryStores().BuildServiceProvider();
        var frequent = new TargetCriteria([BehaviorPattern.Frequent]);

        services.GetRequiredService<InMemoryCustomerTable>().Upsert(new CustomerRow("acme", "u1", PatternBits.Of(BehaviorPattern.Frequent), 50m, 5, 10m, 10m,
            DateTimeOffset.UnixEpoch, DateTimeOffset.UnixEpoch, null, null, DateTimeOffset.UnixEpoch));

        Assert.Equal(1, await services.GetRequiredService<IAnalysisStore>().CountAsync("acme", frequent, 1.5, null, default));
        var targets = await services.GetRequiredService<ICampaignTargetStore>().BuildAsync("acme", "c1", new TargetSelection(frequent, 0, OfferPlace.Anywhere, 1.5, null), default);
        Assert.Equal(new TargetList(1, 0), targets);
    }

    [Fact]
    public void AStoreRegisteredBeforeTheMemoryProfileIsKept()
    {
        var shared = new InMemoryAuditLog();
        var customers = new InMemoryCustomerTable();

        using var services = new ServiceCollection()
            .AddSingleton<IAuditLog>(shared)
            .AddSingleton(customers)
            .AddGrainMarketingMemoryStores()
            .BuildServiceProvider();

        Assert.Same(shared, services.GetRequiredService<IAuditLog>());
        Assert.Same(customers, services.GetRequiredService<InMemoryCustomerTable>());
        Assert.Single(services.GetServices<IAuditLog>());
    }

    [Fact]
    public void ThePostgresProfileGivesEveryStoreAndTheJournalTheirPostgresImplementationOverOneDataSource()
    {
        using var services = new ServiceCollection().AddGrainMarketingPostgresStores(ConnectionString).BuildServiceProvider();

        Assert.IsType<PostgresCustomerStore>(services.GetRequiredService<ICustomerStore>());
        Assert.IsType<PostgresCampaignTargetStore>(services.GetRequiredService<ICampaignTargetStore>());
        Assert.IsType<PostgresAnalysisStore>(services.GetRequiredService<IAnalysisStore>());
        Assert.IsType<PostgresAuditLog>(services.GetRequiredService<IAuditLog>());
        Assert.IsType<PostgresFiringLog>(services.GetRequiredService<IFiringLog>());
        Assert.IsType<PostgresAlertHistory>(services.GetRequiredService<IAlertHistory>());
        Assert.IsType<PostgresMetricHistory>(services.GetRequiredService<IMetricHistory>());
        Assert.IsType<PostgresMetricJournal>(services.GetRequiredService<IMetricJournal>());
        var dataSource = services.GetRequiredService<NpgsqlDataSource>();
        Assert.Same(dataSource, services.GetRequiredService<NpgsqlDataSource>());
        Assert.Equal(("db.invalid", "grainmarketing"), (new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).Host, new NpgsqlConnectionStringBuilder(dataSource.ConnectionString).Database));
    }
}
