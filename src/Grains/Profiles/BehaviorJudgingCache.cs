using System.Collections.Concurrent;
using Microsoft.Extensions.Options;

namespace GrainMarketing.Profiles;

/// <summary>
/// Each silo's copy of its tenants' <see cref="BehaviorJudging"/>, so a profile judging every batch
/// does not call the settings grain each time. An entry is reused for
/// <see cref="ProfileOptions.JudgingCacheDuration"/>; a judging handed in by the daily analysis replaces
/// it at once when its threshold is newer, so a refresh never judges by the threshold it replaced.
/// </summary>
public sealed class BehaviorJudgingCache(IGrainFactory grains, IOptions<ProfileOptions> options)
{
    private readonly ConcurrentDictionary<string, (long Expires, Task<BehaviorJudging> Judging)> _entries = new(StringComparer.Ordinal);

    /// <summary>The tenant's judging now: the cached one, or <paramref name="given"/> when that is newer.</summary>
    public async Task<BehaviorJudging> GetAsync(string tenant, BehaviorJudging? given = null)
    {
        var cached = await CachedAsync(tenant);
        if (given is null || !IsNewer(given, cached))
        {
            return cached;
        }

        _entries[tenant] = (Expiry(), Task.FromResult(given));
        return given;
    }

    /// <summary>True when <paramref name="judging"/> carries a threshold set after <paramref name="than"/>'s.</summary>
    public static bool IsNewer(BehaviorJudging judging, BehaviorJudging than) =>
        judging.ThresholdAt is { } at && (than.ThresholdAt is not { } other || at > other);

    private Task<BehaviorJudging> CachedAsync(string tenant)
    {
        if (_entries.TryGetValue(tenant, out var entry) && entry.Expires > Environment.TickCount64 && !entry.Judging.IsFaulted)
        {
            return entry.Judging;
        }

        var fetch = grains.GetGrain<IBehaviorSettingsGrain>(tenant).GetJudgingAsync();
        _entries[tenant] = (Expiry(), fetch);
        return fetch;
    }

    private long Expiry() => Environment.TickCount64 + (long)options.Value.JudgingCacheDuration.TotalMilliseconds;
}
