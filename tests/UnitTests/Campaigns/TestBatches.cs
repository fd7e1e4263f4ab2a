using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Campaigns;

/// <summary>Campaign keys, cells and batches shared by the campaign unit tests.</summary>
internal static class TestBatches
{
    public static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 30, 0, TimeSpan.Zero);

    public static readonly DateOnly Today = DateOnly.FromDateTime(Now.UtcDateTime);

    public static readonly CampaignKey Campaign = new("acme", AdPlatform.Meta, "c-1");

    public static MetricItem Snapshot(DateOnly day, string age, long impressions, decimal spend = 0) =>
        new(new MetricCell(day, new Breakdown(Age: age, Gender: "female")), new MetricTotals(impressions, 0, 0, spend, 0, 0), MetricKind.Snapshot);

    public static MetricBatch Batch(params MetricItem[] items) => new(Campaign, Now, items);
}
