namespace GrainMarketing.ApiHost.Hosting;

/// <summary>Keeps retrying the first connection to the cluster, saying so in the log, until it is up or the host stops.</summary>
public sealed partial class ClusterConnectionRetryFilter(ILogger<ClusterConnectionRetryFilter> logger) : IClientConnectionRetryFilter
{
    private static readonly TimeSpan Delay = TimeSpan.FromSeconds(2);
    private int _attempt;

    public async Task<bool> ShouldRetryConnectionAttempt(Exception exception, CancellationToken cancellationToken)
    {
        if (cancellationToken.IsCancellationRequested)
        {
            return false;
        }

        LogWaiting(++_attempt, Delay.TotalSeconds, exception.Message);
        await Task.Delay(Delay, cancellationToken);
        return true;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Cluster not reachable yet (attempt {Attempt}); retrying in {DelaySeconds}s: {Reason}")]
    private partial void LogWaiting(int attempt, double delaySeconds, string reason);
}
