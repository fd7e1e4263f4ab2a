using System.Collections.Concurrent;
using System.Threading.Channels;
using GrainMarketing.Alerts;

namespace GrainMarketing.GrainTests.Alerts;

/// <summary>
/// Receivers for grain tests, chosen by the channel URL's host: <c>ok.test</c> accepts, <c>fail-twice.test</c>
/// refuses the first two attempts, <c>down.test</c> refuses every one, <c>slow.test</c> holds each attempt
/// until the test opens its gate. Every attempt is handed to the test as it starts, per tenant.
/// </summary>
public sealed class ScriptedTransport : IAlertTransport
{
    private readonly ConcurrentDictionary<string, Channel<DeliveryJob>> _sent = new();

    public TaskCompletionSource Gate { get; private set; } = NewGate();

    public async Task<AttemptResult> SendAsync(DeliveryJob job, CancellationToken cancellationToken)
    {
        await Sent(job.Tenant).Writer.WriteAsync(job, cancellationToken);
        switch (new Uri(job.Channel.Url ?? "mailto:x").Host)
        {
            case "slow.test":
                await Gate.Task.WaitAsync(cancellationToken);
                return new AttemptResult(true, 200);
            case "fail-twice.test" when job.Attempt <= 2:
            case "down.test":
                return AttemptResult.Failed("The receiver answered 503 Service Unavailable.", 503);
            default:
                return new AttemptResult(true, 200);
        }
    }

    /// <summary>The next attempt started for <paramref name="tenant"/>.</summary>
    public async Task<DeliveryJob> NextAsync(string tenant)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        return await Sent(tenant).Reader.ReadAsync(timeout.Token);
    }

    public bool AnyStarted(string tenant) => Sent(tenant).Reader.TryPeek(out _);

    public void CloseGate() => Gate = NewGate();

    private Channel<DeliveryJob> Sent(string tenant) => _sent.GetOrAdd(tenant, _ => Channel.CreateUnbounded<DeliveryJob>());

    private static TaskCompletionSource NewGate() => new(TaskCreationOptions.RunContinuationsAsynchronously);
}
