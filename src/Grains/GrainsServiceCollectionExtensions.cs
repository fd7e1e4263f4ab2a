using GrainMarketing.Automation;
using GrainMarketing.Currencies;
using GrainMarketing.Insights.Anomalies;
using GrainMarketing.Insights.Benchmarks;
using GrainMarketing.Insights.Budget;
using GrainMarketing.Profiles;
using GrainMarketing.Secrets;
using GrainMarketing.Streaming;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Orleans.Storage;

namespace GrainMarketing;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>What every silo hosting these grains needs, whatever its provider profile.</summary>
    /// <remarks>
    /// Grain state is stored with the Orleans binary serializer (compact, version-tolerant, and able to
    /// hold dictionaries keyed by records, which the JSON default cannot read back). The silo keeps caches
    /// of tenants' rules, behaviour thresholds and active offer campaigns, its writer of customer rows,
    /// the pipeline grains judge rules with and the protector of secrets in state (whose key ring is the
    /// profile's). Streams are published to memory streams; the Postgres profile
    /// registers the journal's publisher after this, and the last registration is the one resolved.
    /// </remarks>
    public static IServiceCollection AddGrainMarketingGrains(this IServiceCollection services)
    {
        services.RemoveAll<IGrainStorageSerializer>();
        services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
        services.AddSingleton<RuleSetCache>();
        services.AddSingleton<AutomationInstruments>();
        services.AddSingleton<BehaviorThresholdsCache>();
        services.AddSingleton<ActiveCampaignsCache>();
        services.AddSingleton<CustomerWriter>();
        services.AddSingleton<RuleJudging>();
        services.AddSingleton<ResponseCurveCache>();
        services.AddSingleton<AnomalyWatching>();
        services.AddSingleton<SecretProtector>();
        services.AddSingleton<TenantCurrencies>();
        services.AddOptions<BenchmarkOptions>().BindConfiguration(BenchmarkOptions.Section);
        services.AddSingleton(provider => BenchmarkTable.From(provider.GetRequiredService<IOptions<BenchmarkOptions>>()));
        services.AddSingleton(typeof(JournalConsumer<>));
        services.TryAddSingleton<IStreamPublisher, MemoryStreamPublisher>();
        return services;
    }
}
