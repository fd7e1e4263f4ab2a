using GrainMarketing.Automation;
using GrainMarketing.Profiles;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Orleans.Storage;

namespace GrainMarketing;

public static class GrainsServiceCollectionExtensions
{
    /// <summary>
    /// What every silo hosting these grains needs whatever its providers: grain state stored with the
    /// Orleans binary serializer (compact, version-tolerant, and able to hold dictionaries keyed by
    /// records, which the JSON default cannot read back), the silo's caches of tenants' rules, judging and
    /// active offer campaigns, and its writer of customer rows.
    /// </summary>
    public static IServiceCollection AddGrainMarketingGrains(this IServiceCollection services)
    {
        services.RemoveAll<IGrainStorageSerializer>();
        services.AddSingleton<IGrainStorageSerializer, OrleansGrainStorageSerializer>();
        services.AddSingleton<RuleSetCache>();
        services.AddSingleton<AutomationInstruments>();
        services.AddSingleton<BehaviorThresholdsCache>();
        services.AddSingleton<ActiveCampaignsCache>();
        services.AddSingleton<CustomerWriter>();
        return services;
    }
}
