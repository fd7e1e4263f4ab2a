using GrainMarketing.ApiHost.RateLimiting;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.Live;

/// <summary>The live feeds open on this host per caller, so one caller cannot hold the host's connections and grain reads.</summary>
public sealed class LiveStreams(IOptions<LiveOptions> options)
{
    private readonly Dictionary<string, int> _open = new(StringComparer.Ordinal);

    /// <summary>Takes one of <paramref name="caller"/>'s places; disposing the answer gives it back.</summary>
    /// <exception cref="RateLimitedException">The caller has <see cref="LiveOptions.MaxStreamsPerCaller"/> feeds open already.</exception>
    public IDisposable Open(string caller)
    {
        lock (_open)
        {
            var open = _open.GetValueOrDefault(caller);
            if (open >= options.Value.MaxStreamsPerCaller)
            {
                throw new RateLimitedException(
                    $"This caller has {open} live feeds open, the most allowed (Live:MaxStreamsPerCaller); close one first.", LiveApi.Interval);
            }

            _open[caller] = open + 1;
        }

        return new Place(this, caller);
    }

    private void Close(string caller)
    {
        lock (_open)
        {
            if (_open[caller] == 1)
            {
                _open.Remove(caller);
            }
            else
            {
                _open[caller]--;
            }
        }
    }

    private sealed class Place(LiveStreams streams, string caller) : IDisposable
    {
        private int _closed;

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _closed, 1) == 0)
            {
                streams.Close(caller);
            }
        }
    }
}
