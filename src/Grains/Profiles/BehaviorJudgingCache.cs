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
    private readonly TenantCache<BehaviorJudging> _entries = new(
        tenant => grains.GetGrain<IBehaviorSettingsGrain>(tenant).GetJudgingAsync(), () => options.Value.JudgingCacheDuration);

    /// <summary>The tenant's judging now: the cached one, or <paramref name="given"/> when that is newer.</summary>
    public async Task<BehaviorJudging> GetAsync(string tenant, BehaviorJudging? given = null)
    {
        var cached = await _entries.GetAsync(tenant);
        if (given is null || !IsNewer(given, cached))
        {
            return cached;
        }

        _entries.Set(tenant, given);
        return given;
    }

    /// <summary>True when <paramref name="judging"/> carries a threshold set after <paramref name="than"/>'s.</summary>
    public static bool IsNewer(BehaviorJudging judging, BehaviorJudging than) =>
        judging.ThresholdAt is { } at && (than.ThresholdAt is not { } other || at > other);
}
