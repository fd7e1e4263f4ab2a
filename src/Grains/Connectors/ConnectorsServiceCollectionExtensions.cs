using GrainMarketing.Connectors.Platforms;
using GrainMarketing.Connectors.WriteBack;
using Microsoft.Extensions.DependencyInjection;

namespace GrainMarketing.Connectors;

public static class ConnectorsServiceCollectionExtensions
{
    /// <summary>Registers the connectors' options (section <c>Connectors</c>), the platforms' auth clients and their HTTP client.</summary>
    /// <remarks>
    /// The <c>connectors</c> HTTP client has a timeout, follows no redirects (a platform's answer is read as it comes)
    /// and logs no request: URLs carry codes and, for Meta, secrets.
    /// </remarks>
    public static IServiceCollection AddGrainMarketingConnectors(this IServiceCollection services)
    {
        services.AddOptions<ConnectorOptions>().BindConfiguration(ConnectorOptions.Section);
        services.AddSingleton<PlatformAuths>();
        services.AddSingleton<Sync.PlatformReporters>();
        services.AddSingleton<PlatformWriters>();
        services.AddHttpClient(PlatformHttp.ClientName)
            .ConfigureHttpClient(client =>
            {
                client.Timeout = TimeSpan.FromSeconds(30);
                client.DefaultRequestHeaders.UserAgent.ParseAdd("GrainMarketing-Connectors/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(() => new SocketsHttpHandler { AllowAutoRedirect = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) })
            .RemoveAllLoggers();
        return services;
    }
}
