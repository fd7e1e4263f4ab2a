using GrainMarketing.Campaigns;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;
using Orleans.Core.Internal;

namespace GrainMarketing.GrainTests.Campaigns;

/// <summary>Keys, batches and waiting shared by the campaign grain tests.</summary>
internal static class TestCampaigns
{
    public static readonly DateOnly Day = new(2026, 11, 20);

    public static CampaignKey NewCampaign() => new($"t-{Guid.NewGuid():N}", AdPlatform.Meta, "c-1");

    public static MetricBatch Batch(CampaignKey key, params MetricItem[] items) =>
        new(key, ClusterFixture.Start, items, new CampaignMetadata(Name: "Autumn sale"));

    public static MetricItem Snapshot(string age, string gender, long impressions, long clicks, decimal spend, DateOnly? date = null) =>
        new(new MetricCell(date ?? Day, new Breakdown(Age: age, Gender: gender)), new MetricTotals(impressions, 0, clicks, spend, 0, 0), MetricKind.Snapshot);

    /// <summary>Deactivates the campaign and waits until it is gone, so its last checkpoint has run.</summary>
    public static async Task DeactivateAsync(this ClusterFixture fixture, CampaignKey key)
    {
        var grain = fixture.Client.GetGrain<ICampaignGrain>(key.ToString());
        await grain.Cast<IGrainManagementExtension>().DeactivateOnIdle();
        var management = fixture.Client.GetGrain<IManagementGrain>(0);
        await Eventually.ReadAsync(() => management.GetGrainActivationCount((GrainReference)grain), count => count == 0);
    }
}
