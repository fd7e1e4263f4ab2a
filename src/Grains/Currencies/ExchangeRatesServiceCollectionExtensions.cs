using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Currencies;

public static class ExchangeRatesServiceCollectionExtensions
{
    /// <summary>Registers the silo's reader of reference rates (section <c>ExchangeRates</c>) and its HTTP client; it reads nothing without a source URL.</summary>
    public static IServiceCollection AddGrainMarketingExchangeRates(this IServiceCollection services)
    {
        services.AddOptions<ExchangeRateOptions>().BindConfiguration(ExchangeRateOptions.Section)
            .Validate(o => o.SourceUrl is null || o.SourceUrl is { IsAbsoluteUri: true, Scheme: "http" or "https" }, "ExchangeRates:SourceUrl must be an absolute http(s) URL.")
            .Validate(o => o.FetchPeriod >= TimeSpan.FromSeconds(1) && o.RetryDelay >= TimeSpan.FromMilliseconds(100), "ExchangeRates:FetchPeriod and RetryDelay are too short.")
            .ValidateOnStart();
        services.AddHttpClient(ReferenceRatesFetcher.HttpClientName)
            .ConfigureHttpClient((provider, client) =>
            {
                client.Timeout = provider.GetRequiredService<IOptions<ExchangeRateOptions>>().Value.Timeout;
                client.DefaultRequestHeaders.UserAgent.ParseAdd("GrainMarketing-ExchangeRates/1.0");
            })
            .RemoveAllLoggers();
        services.AddHostedService<ReferenceRatesFetcher>();
        return services;
    }
}
