using System.Collections.Concurrent;
using GrainMarketing.FakePlatforms.Accounts;
using Microsoft.Extensions.Options;

namespace GrainMarketing.FakePlatforms.Control;

/// <summary>
/// Each platform's request budget: a per-token, per-minute count (the usage percentage Meta's headers
/// report), plus "throttle the next N requests" forced through the control API.
/// </summary>
public sealed class Throttle(IOptions<FakeOptions> options, TimeProvider time)
{
    private readonly ConcurrentDictionary<(Platform, string), (long Minute, int Count)> _windows = new();
    private readonly ConcurrentDictionary<Platform, int> _forced = new();

    public ThrottleVerdict Count(Platform platform, string caller)
    {
        var minute = time.GetUtcNow().ToUnixTimeSeconds() / 60;
        var window = _windows.AddOrUpdate(
            (platform, caller),
            (minute, 1),
            (_, w) => w.Minute == minute ? (minute, w.Count + 1) : (minute, 1));
        var limit = Math.Max(1, options.Value.RequestsPerMinute);
        var used = (int)Math.Min(100, window.Count * 100L / limit);
        var forced = false;
        _forced.AddOrUpdate(platform, 0, (_, left) =>
        {
            forced = left > 0;
            return Math.Max(0, left - 1);
        });
        var over = forced || window.Count > limit;
        return new ThrottleVerdict(over, over ? 100 : used, over ? options.Value.RetryAfterSeconds : 0);
    }

    /// <summary>The next <paramref name="requests"/> requests to the platform get its throttling answer.</summary>
    public void Force(Platform platform, int requests) => _forced[platform] = requests;

    public void Reset()
    {
        _windows.Clear();
        _forced.Clear();
    }
}
