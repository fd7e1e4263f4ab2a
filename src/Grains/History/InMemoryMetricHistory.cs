using GrainMarketing.Demographics;
using GrainMarketing.Metrics;

namespace GrainMarketing.History;

/// <summary><see cref="IMetricHistory"/> for the Memory profile.</summary>
/// <remarks>
/// A per-silo singleton, so history lasts only as long as the silo process and each silo sees only what grains on
/// it saved. Queries scan every saved cell, which suits development and tests, not production volumes.
/// </remarks>
public sealed class InMemoryMetricHistory : IMetricHistory
{
    private readonly Lock _lock = new();
    private readonly Dictionary<CampaignKey, Dictionary<MetricCell, MetricTotals>> _campaigns = [];

    public Task SaveAsync(CampaignKey campaign, IReadOnlyCollection<KeyValuePair<MetricCell, MetricTotals>> cells, CancellationToken ct)
    {
        lock (_lock)
        {
            if (!_campaigns.TryGetValue(campaign, out var saved))
            {
                _campaigns[campaign] = saved = [];
            }

            foreach (var (cell, totals) in cells)
            {
                saved[cell] = totals;
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<KeyValuePair<MetricCell, MetricTotals>>> LoadCellsAsync(CampaignKey campaign, DateOnly from, DateOnly to, CancellationToken ct)
    {
        lock (_lock)
        {
            IReadOnlyList<KeyValuePair<MetricCell, MetricTotals>> cells = _campaigns.TryGetValue(campaign, out var saved)
                ? [.. saved.Where(c => InRange(c.Key, from, to)).OrderBy(c => c.Key.Date)]
                : [];
            return Task.FromResult(cells);
        }
    }

    public Task<IReadOnlyList<PlatformDayTotals>> LoadTenantDaysAsync(string tenant, DateOnly from, DateOnly to, CancellationToken ct)
    {
        lock (_lock)
        {
            IReadOnlyList<PlatformDayTotals> days =
            [
                .. TenantCells(tenant, from, to)
                    .GroupBy(c => (c.Platform, c.Cell.Date), c => c.Totals)
                    .Select(g => new PlatformDayTotals(g.Key.Platform, g.Key.Date, g.Aggregate(MetricTotals.Zero, (sum, t) => sum + t)))
                    .OrderBy(d => d.Date).ThenBy(d => d.Platform),
            ];
            return Task.FromResult(days);
        }
    }

    public Task<IReadOnlyList<CampaignDayTotals>> LoadCampaignDaysAsync(
        IReadOnlyCollection<CampaignKey> campaigns, DateOnly from, DateOnly to, SegmentKey? segment, CancellationToken ct)
    {
        lock (_lock)
        {
            IReadOnlyList<CampaignDayTotals> days =
            [
                .. campaigns.Distinct().SelectMany(campaign => (_campaigns.GetValueOrDefault(campaign) ?? [])
                    .Where(c => InRange(c.Key, from, to) && (segment is null || InSegment(c.Key, segment)))
                    .GroupBy(c => c.Key.Date, c => c.Value)
                    .Select(g => new CampaignDayTotals(campaign, g.Key, g.Aggregate(MetricTotals.Zero, (sum, t) => sum + t)))),
            ];
            return Task.FromResult(days);
        }
    }

    public Task<MetricTotals> LoadSegmentTotalsAsync(SegmentKey segment, DateOnly from, DateOnly to, CancellationToken ct)
    {
        lock (_lock)
        {
            var sum = MetricTotals.Zero;
            foreach (var (_, cell, totals) in TenantCells(segment.Tenant, from, to))
            {
                if (InSegment(cell, segment))
                {
                    sum += totals;
                }
            }

            return Task.FromResult(sum);
        }
    }

    private static bool InRange(MetricCell cell, DateOnly from, DateOnly to) => cell.Date >= from && cell.Date <= to;

    private static bool InSegment(MetricCell cell, SegmentKey segment) =>
        cell.Breakdown.Get(segment.Dimension) == segment.Value && (segment.GenderValue is null || cell.Breakdown.Gender == segment.GenderValue);

    private IEnumerable<(AdPlatform Platform, MetricCell Cell, MetricTotals Totals)> TenantCells(string tenant, DateOnly from, DateOnly to) =>
        _campaigns
            .Where(campaign => campaign.Key.Tenant == tenant)
            .SelectMany(campaign => campaign.Value.Where(c => InRange(c.Key, from, to)).Select(c => (campaign.Key.Platform, c.Key, c.Value)));
}
