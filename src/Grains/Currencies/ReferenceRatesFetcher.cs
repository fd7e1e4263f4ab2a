using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Currencies;

/// <summary>Reads the configured reference rates when the silo starts and every <see cref="ExchangeRateOptions.FetchPeriod"/>, into the shared <see cref="IReferenceRatesGrain"/>.</summary>
/// <remarks>
/// Every silo reads on its own schedule: an import replaces days by date, so two silos reading the same document store
/// the same table. A failed read (the source down, a document not in the ECB's format, the cluster not yet accepting
/// calls) is logged and tried again after <see cref="ExchangeRateOptions.RetryDelay"/>; answers meanwhile flag the days
/// without rates.
/// </remarks>
public sealed partial class ReferenceRatesFetcher(
    IHttpClientFactory http,
    IGrainFactory grains,
    [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
    IOptions<ExchangeRateOptions> options,
    IHostApplicationLifetime lifetime,
    ILogger<ReferenceRatesFetcher> logger) : BackgroundService
{
    public const string HttpClientName = "exchange-rates";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        if (options.Value.SourceUrl is not { } source)
        {
            return;
        }

        // The first read waits for the host, the silo among it, to have started: before that no grain takes the rates.
        var started = new TaskCompletionSource();
        using (lifetime.ApplicationStarted.Register(() => started.TrySetResult()))
        {
            try
            {
                await started.Task.WaitAsync(stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }

        while (!stoppingToken.IsCancellationRequested)
        {
            var wait = await FetchAsync(source, stoppingToken) ? options.Value.FetchPeriod : options.Value.RetryDelay;
            try
            {
                await Task.Delay(wait, clock, stoppingToken);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>One read of the source into the grain; false when it failed.</summary>
    public async Task<bool> FetchAsync(Uri source, CancellationToken cancellationToken)
    {
        try
        {
            using var client = http.CreateClient(HttpClientName);
            await using var body = await client.GetStreamAsync(source, cancellationToken);
            var days = EcbReferenceRates.Parse(body);
            await grains.GetGrain<IReferenceRatesGrain>(0).ImportAsync(
                new ReferenceRates(EcbReferenceRates.Source, EcbReferenceRates.Base, days, clock.GetUtcNow()));
            LogFetched(days.Count, days[^1].Date);
            return true;
        }
        catch (Exception failed) when (failed is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogFailed(failed.GetType().Name, failed.Message);
            return false;
        }
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "Reference rates read: {Days} days, the newest {Newest}")]
    private partial void LogFetched(int days, DateOnly newest);

    [LoggerMessage(Level = LogLevel.Warning, Message = "Reference rates not read ({Error}): {Reason}")]
    private partial void LogFailed(string error, string reason);
}
