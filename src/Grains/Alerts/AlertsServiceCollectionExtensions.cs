using GrainMarketing.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Alerts;

public static class AlertsServiceCollectionExtensions
{
    /// <summary>Registers the silo's alert sender with its options, HTTP client and meter.</summary>
    /// <remarks>
    /// Options (sections <c>Alerts</c> and <c>Smtp</c>), the <c>alerts</c> HTTP client (a timeout, no
    /// redirects, no proxy, no request logging since URLs can hold credentials, and the private-address guard unless
    /// <see cref="AlertOptions.AllowPrivateTargets"/>), and the meter. The history store is the caller's to
    /// register, per provider profile.
    /// </remarks>
    public static IServiceCollection AddGrainMarketingAlerts(this IServiceCollection services)
    {
        services.AddOptions<AlertOptions>().BindConfiguration(AlertOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<AlertOptions>, AlertOptionsValidator>();
        services.AddOptions<SmtpOptions>().BindConfiguration(SmtpOptions.Section);
        services.AddMetrics();
        services.AddSingleton<AlertInstruments>();
        services.AddSingleton<IAlertTransport, AlertTransport>();
        services.AddSingleton<AlertDeliveryService>();
        services.AddSingleton<IAlertDeliveryQueue>(provider => provider.GetRequiredService<AlertDeliveryService>());
        services.AddHostedService(provider => provider.GetRequiredService<AlertDeliveryService>());
        services.AddHttpClient(AlertTransport.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                client.Timeout = provider.GetRequiredService<IOptions<AlertOptions>>().Value.SendTimeout;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("GrainMarketing-Alerts/1.0");
            })
            .ConfigurePrimaryHttpMessageHandler(provider =>
            {
                // No proxy, not even one from HTTP_PROXY or HTTPS_PROXY: a proxy would connect on the silo's behalf, past the guard.
                var handler = new SocketsHttpHandler { AllowAutoRedirect = false, UseProxy = false, PooledConnectionLifetime = TimeSpan.FromMinutes(5) };
                if (!provider.GetRequiredService<IOptions<AlertOptions>>().Value.AllowPrivateTargets)
                {
                    handler.ConnectCallback = AlertTargetGuard.ConnectPublicAsync;
                }

                return handler;
            })
            .RemoveAllLoggers();
        return services;
    }
}
