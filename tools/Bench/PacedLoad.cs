using System.Diagnostics;

namespace GrainMarketing.Bench;

/// <summary>
/// Background ingestion at a fixed rate: batch k is due k x batch / rate seconds after the start (a token
/// schedule), and senders that fall behind send back to back until they catch up. Events come from the
/// generator in order from <paramref name="firstIndex"/>, so two systems given the same start get the same events.
/// </summary>
/// <param name="send">(sender, first event, count) to whether the system accepted the batch.</param>
internal sealed class PacedLoad(double eventsPerSecond, int batch, int senders, long firstIndex, Func<int, long, int, Task<bool>> send)
{
    private readonly CancellationTokenSource _stop = new();
    private readonly Stopwatch _clock = new();
    private Task? _running;
    private long _taken;
    private long _accepted;
    private long _failedBatches;

    public void Start()
    {
        _clock.Start();
        _running = Task.WhenAll(Enumerable.Range(0, senders).Select(sender => Task.Run(() => SendAsync(sender))));
    }

    /// <summary>Stops taking batches, waits for the ones in flight and reports what was sent.</summary>
    public async Task<PacedResult> StopAsync()
    {
        await _stop.CancelAsync();
        await (_running ?? Task.CompletedTask);
        _stop.Dispose();
        return new PacedResult(eventsPerSecond, _accepted, _failedBatches, _clock.Elapsed, firstIndex + (_taken * batch));
    }

    private async Task SendAsync(int sender)
    {
        var secondsPerBatch = batch / eventsPerSecond;
        while (!_stop.IsCancellationRequested)
        {
            var k = Interlocked.Increment(ref _taken) - 1;
            var wait = TimeSpan.FromSeconds(k * secondsPerBatch) - _clock.Elapsed;
            if (wait > TimeSpan.Zero)
            {
                try
                {
                    await Task.Delay(wait, _stop.Token);
                }
                catch (OperationCanceledException)
                {
                    return;
                }
            }

            if (await send(sender, firstIndex + (k * batch), batch))
            {
                Interlocked.Add(ref _accepted, batch);
            }
            else
            {
                Interlocked.Increment(ref _failedBatches);
            }
        }
    }
}
