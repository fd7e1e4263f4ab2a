using GrainMarketing.Alerts;
using GrainMarketing.Analysis;
using GrainMarketing.Audit;
using GrainMarketing.Automation;
using GrainMarketing.History;
using GrainMarketing.Insights.Anomalies;
using GrainMarketing.Insights.Predictions;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;
using GrainMarketing.Secrets;
using GrainMarketing.Streaming;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Npgsql;

namespace GrainMarketing.Persistence;

/// <summary>The stores the grains write to and read from, one method per provider profile: a new store is added to both.</summary>
public static class StoresServiceCollectionExtensions
{
    /// <summary>The Data Protection application name: every silo of the deployment shares keys under it.</summary>
    public const string DataProtectionApplication = "GrainMarketing";

    /// <summary>The Memory profile's stores, each over the process's memory for its lifetime, and an ephemeral Data Protection key ring.</summary>
    /// <remarks>A store already registered is kept, so a test cluster can give every silo the same instance first.</remarks>
    public static IServiceCollection AddGrainMarketingMemoryStores(this IServiceCollection services)
    {
        services.TryAddSingleton<InMemoryCustomerTable>();
        services.TryAddSingleton<ICustomerStore, InMemoryCustomerStore>();
        services.TryAddSingleton<ICampaignTargetStore, InMemoryCampaignTargetStore>();
        services.TryAddSingleton<IAnalysisStore, InMemoryAnalysisStore>();
        services.TryAddSingleton<IAuditLog, InMemoryAuditLog>();
        services.TryAddSingleton<IFiringLog, InMemoryFiringLog>();
        services.TryAddSingleton<IAlertHistory, InMemoryAlertHistory>();
        services.TryAddSingleton<IAnomalyStore, InMemoryAnomalyStore>();
        services.TryAddSingleton<IMetricHistory, InMemoryMetricHistory>();
        services.TryAddSingleton<IMetricJournal, NullMetricJournal>();
        services.TryAddSingleton<IOutcomeModelRegistry, InMemoryOutcomeModelRegistry>();

        // Memory state dies with the process, and so may the key ring that encrypts its secrets.
        services.TryAddSingleton<IDataProtectionProvider, EphemeralDataProtectionProvider>();
        return services;
    }

    /// <summary>The Postgres profile's stores, the metric streams' journal among them, and the Data Protection key ring, over one data source for <paramref name="connectionString"/>.</summary>
    public static IServiceCollection AddGrainMarketingPostgresStores(this IServiceCollection services, string connectionString)
    {
        services.AddSingleton(_ => NpgsqlDataSource.Create(connectionString));
        services.AddSingleton<ICustomerStore, PostgresCustomerStore>();
        services.AddSingleton<ICampaignTargetStore, PostgresCampaignTargetStore>();
        services.AddSingleton<IAnalysisStore, PostgresAnalysisStore>();
        services.AddSingleton<IAuditLog, PostgresAuditLog>();
        services.AddSingleton<IFiringLog, PostgresFiringLog>();
        services.AddSingleton<IAlertHistory, PostgresAlertHistory>();
        services.AddSingleton<IAnomalyStore, PostgresAnomalyStore>();
        services.AddSingleton<IMetricHistory, PostgresMetricHistory>();
        services.AddSingleton<IMetricJournal, PostgresMetricJournal>();
        services.AddSingleton<IOutcomeModelRegistry, PostgresOutcomeModelRegistry>();
        services.AddDataProtection().SetApplicationName(DataProtectionApplication);
        services.AddOptions<KeyManagementOptions>().Configure<NpgsqlDataSource>((options, data) => options.XmlRepository = new PostgresKeyRing(data));
        return services;
    }
}
