using System.Globalization;
using System.IO.Hashing;
using System.Text;
using GrainMarketing.Metrics;

namespace GrainMarketing.Connectors.Sync;

/// <summary>Turns a pull into the campaigns' snapshot batches, and finds the days the platform restated since the last pull.</summary>
public static class SyncApply
{
    /// <summary>Items per publish call, so one message stays small however large the account.</summary>
    public const int ItemsPerPublish = 20_000;

    /// <summary>
    /// One snapshot batch per campaign with its cells; every listed campaign carries its metadata, with cells or without,
    /// and says the pulled days are whole, so a cell the platform stopped reporting falls to zero.
    /// </summary>
    public static List<MetricBatch> Batches(string tenant, AdPlatform platform, IReadOnlyList<PulledCampaign> campaigns, IReadOnlyList<PulledCell> cells, WholeDays whole, DateTimeOffset at)
    {
        var metadata = campaigns.ToDictionary(c => c.Id, c => c.Metadata, StringComparer.Ordinal);
        var byCampaign = cells.GroupBy(c => c.CampaignId, StringComparer.Ordinal).ToDictionary(g => g.Key, g => g.ToList(), StringComparer.Ordinal);
        return [.. metadata.Keys.Union(byCampaign.Keys, StringComparer.Ordinal)
            .Where(CampaignKey.IsValidId)
            .Select(id => new MetricBatch(
                new CampaignKey(tenant, platform, id),
                at,
                [.. byCampaign.GetValueOrDefault(id, []).Select(c => new MetricItem(c.Cell, c.Totals, MetricKind.Snapshot))],
                metadata.GetValueOrDefault(id),
                Whole: whole))];
    }

    /// <summary>Slices batches into publish calls of about <see cref="ItemsPerPublish"/> items (a campaign's batch is never split).</summary>
    public static IEnumerable<List<MetricBatch>> Slices(IReadOnlyList<MetricBatch> batches)
    {
        var slice = new List<MetricBatch>();
        var items = 0;
        foreach (var batch in batches)
        {
            if (slice.Count > 0 && items + batch.Items.Count > ItemsPerPublish)
            {
                yield return slice;
                (slice, items) = ([], 0);
            }

            slice.Add(batch);
            items += batch.Items.Count;
        }

        if (slice.Count > 0)
        {
            yield return slice;
        }
    }

    /// <summary>
    /// Compares the pulled campaign-days from <paramref name="windowStart"/> on with the fingerprints of the last pull,
    /// stores the new ones, drops those before the window, and answers how many past days changed.
    /// </summary>
    public static int Restated(Dictionary<string, ulong> fingerprints, IReadOnlyList<PulledCell> cells, DateOnly windowStart, DateOnly today)
    {
        var restated = 0;
        foreach (var day in cells.Where(c => c.Cell.Date >= windowStart).GroupBy(c => (c.CampaignId, c.Cell.Date)))
        {
            var key = $"{day.Key.CampaignId}|{day.Key.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";
            var print = Fingerprint(day);
            if (day.Key.Date < today && fingerprints.TryGetValue(key, out var before) && before != print)
            {
                restated++;
            }

            fingerprints[key] = print;
        }

        var cutoff = windowStart.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        foreach (var old in fingerprints.Keys.Where(k => string.CompareOrdinal(k[(k.LastIndexOf('|') + 1)..], cutoff) < 0).ToList())
        {
            fingerprints.Remove(old);
        }

        return restated;
    }

    /// <summary>A hash of a campaign-day's cells in a fixed order; amounts normalised, so 1.50 and 1.5 agree.</summary>
    private static ulong Fingerprint(IEnumerable<PulledCell> cells)
    {
        var hash = new XxHash64();
        foreach (var cell in cells.OrderBy(c => c.Cell.AdSetId, StringComparer.Ordinal).ThenBy(c => c.Cell.AdId, StringComparer.Ordinal)
                     .ThenBy(c => c.Cell.Breakdown.Age, StringComparer.Ordinal).ThenBy(c => c.Cell.Breakdown.Gender, StringComparer.Ordinal))
        {
            var (cellKey, t) = (cell.Cell, cell.Totals);
            hash.Append(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture,
                $"{cellKey.AdSetId}|{cellKey.AdId}|{cellKey.Breakdown.Age}|{cellKey.Breakdown.Gender}|{t.Impressions}|{t.Clicks}|{t.Spend:G29}|{t.Conversions:G29}|{t.ConversionValue:G29}|{t.ReachDailySum};")));
        }

        return hash.GetCurrentHashAsUInt64();
    }
}
