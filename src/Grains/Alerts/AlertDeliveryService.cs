using System.Diagnostics;
using System.Threading.Channels;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Alerts;

/// <summary>The silo's sender: runs the attempts routers queue, a bounded number at once, and reports each outcome back to the router.</summary>
/// <remarks>
/// Routers queue attempts here without waiting; it runs up to
/// <see cref="AlertOptions.MaxConcurrentDeliveries"/> of them at once, each reporting its outcome back to
/// its tenant's router through a grain call. Grains never wait on a receiver; a slow receiver holds one
/// slot here until <see cref="AlertOptions.SendTimeout"/>.
/// </remarks>
public sealed partial class AlertDeliveryService : BackgroundService, IAlertDeliveryQueue
{
    private readonly Channel<DeliveryJob> _queue;
    private readonly SemaphoreSlim _slots;
    private readonly IAlertTransport _transport;
    private readonly IGrainFactory _grains;
    private readonly TimeProvider _clock;
    private readonly AlertInstruments _instruments;
    private readonly ILogger<AlertDeliveryService> _logger;

    public AlertDeliveryService(
        IAlertTransport transport,
        IGrainFactory grains,
        [FromKeyedServices(DomainClock.Key)] TimeProvider clock,
        IOptions<AlertOptions> options,
        AlertInstruments instruments,
        ILogger<AlertDeliveryService> logger)
    {
        _queue = Channel.CreateBounded<DeliveryJob>(new BoundedChannelOptions(options.Value.QueueCapacity) { SingleReader = true });
        _slots = new SemaphoreSlim(options.Value.MaxConcurrentDeliveries);
        _transport = transport;
        _grains = grains;
        _clock = clock;
        _instruments = instruments;
        _logger = logger;
    }

    public bool TryEnqueue(DeliveryJob job)
    {
        if (_queue.Writer.TryWrite(job))
        {
            return true;
        }

        _instruments.QueueFull();
        LogQueueFull(job.Tenant, job.DeliveryId);
        return false;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            await foreach (var job in _queue.Reader.ReadAllAsync(stoppingToken))
            {
                await _slots.WaitAsync(stoppingToken);
                _ = DeliverAsync(job, stoppingToken);
            }
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // Shutting down: queued and running attempts stay pending in their routers' state and are sent again.
        }
    }

    private async Task DeliverAsync(DeliveryJob job, CancellationToken stoppingToken)
    {
        try
        {
            var startedAt = _clock.GetUtcNow();
            var started = Stopwatch.GetTimestamp();
            AttemptResult result;
            try
            {
                result = await _transport.SendAsync(job, stoppingToken);
            }
            catch (Exception failure) when (failure is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                LogSendFailed(failure, job.Tenant, job.DeliveryId, job.Attempt);
                result = AttemptResult.Failed($"The attempt failed unexpectedly ({failure.GetType().Name}).");
            }

            var duration = Stopwatch.GetElapsedTime(started);
            _instruments.Attempted(job.Channel.Type, result.Delivered, duration);
            var report = new AttemptReport(job.DeliveryId, job.Attempt, result.Delivered, result.HttpStatus, result.Error, startedAt, duration.TotalMilliseconds);
            await _grains.GetGrain<IAlertDeliveryReports>(job.Tenant).ReportAsync(report);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
            // The router sends it again after it is activated anew.
        }
        catch (Exception failure)
        {
            LogReportLost(failure, job.Tenant, job.DeliveryId, job.Attempt);
        }
        finally
        {
            _slots.Release();
        }
    }
}
