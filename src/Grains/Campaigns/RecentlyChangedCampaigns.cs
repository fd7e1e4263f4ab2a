using GrainMarketing.Metrics;

namespace GrainMarketing.Campaigns;

/// <summary>When each of a tenant's campaigns last sent a flush, in memory only; entries an hour old go once more than a thousand are held.</summary>
public sealed class RecentlyChangedCampaigns
{
    public const int Held = 1_000;

    public static readonly TimeSpan Memory = TimeSpan.FromHours(1);

    private readonly Dictionary<CampaignKey, DateTimeOffset> _changed = [];

    public void Add(CampaignKey campaign, DateTimeOffset at)
    {
        _changed[campaign] = at;
        if (_changed.Count > Held)
        {
            var forgetBefore = at - Memory;
            foreach (var stale in _changed.Where(c => c.Value < forgetBefore).Select(c => c.Key).ToList())
            {
                _changed.Remove(stale);
            }
        }
    }

    /// <summary>The campaigns changed after <paramref name="since"/>.</summary>
    public IReadOnlyList<CampaignKey> Since(DateTimeOffset since) => [.. _changed.Where(c => c.Value > since).Select(c => c.Key)];
}
