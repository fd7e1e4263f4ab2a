using Microsoft.Extensions.Options;

namespace GrainMarketing.Profiles;

/// <summary>Each silo's copy of its tenants' <see cref="BehaviorThresholds"/>, so a profile does not ask the settings grain every batch.</summary>
/// <remarks>
/// An entry is reused for <see cref="ProfileOptions.ThresholdsCacheDuration"/>; thresholds handed in by the
/// daily analysis replace it at once when their high-spender threshold is newer, so a refresh never judges
/// by the threshold it replaced.
/// </remarks>
public sealed class BehaviorThresholdsCache(IGrainFactory grains, IOptions<ProfileOptions> options)
{
    private readonly TenantCache<BehaviorThresholds> _entries = new(
        tenant => grains.GetGrain<IBehaviorSettingsGrain>(tenant).GetThresholdsAsync(), () => options.Value.ThresholdsCacheDuration);

    /// <summary>The tenant's thresholds now: the cached ones, or <paramref name="given"/> when those are newer.</summary>
    public async Task<BehaviorThresholds> GetAsync(string tenant, BehaviorThresholds? given = null)
    {
        var cached = await _entries.GetAsync(tenant);
        if (given is null || !IsNewer(given, cached))
        {
            return cached;
        }

        _entries.Set(tenant, given);
        return given;
    }

    /// <summary>True when <paramref name="thresholds"/> carry a high-spender threshold set after <paramref name="than"/>'s.</summary>
    public static bool IsNewer(BehaviorThresholds thresholds, BehaviorThresholds than) =>
        thresholds.ThresholdAt is { } at && (than.ThresholdAt is not { } other || at > other);
}
