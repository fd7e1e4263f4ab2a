namespace GrainMarketing.ApiHost.Hosting;

/// <summary>
/// Keeps this host subscribed to a grain that forgets observers it has not heard from: subscribes now, again every renewal
/// period, and sooner after a failure, until stopped.
/// </summary>
public static class ObserverRenewal
{
    /// <summary>How soon a failed subscription is tried again.</summary>
    public static readonly TimeSpan RetryPeriod = TimeSpan.FromSeconds(5);

    public static async Task KeepAsync(Func<Task> subscribe, TimeSpan renewPeriod, Action<Exception> failed, TimeProvider clock, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var wait = renewPeriod;
            try
            {
                await subscribe();
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                failed(exception);
                wait = RetryPeriod;
            }

            try
            {
                await Task.Delay(wait, clock, stop);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }
}
