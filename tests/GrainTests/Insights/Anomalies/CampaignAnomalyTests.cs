using GrainMarketing.Alerts;
using GrainMarketing.Campaigns;
using GrainMarketing.GrainTests.Campaigns;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;

namespace GrainMarketing.GrainTests.Insights.Anomalies;

/// <summary>A campaign judges its series as batches land, with baselines that outlive the activation that learned them.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CampaignAnomalyTests(ClusterFixture fixture)
{
    private static readonly MetricTotals Ordinary = new(1000, 900, 40, 20m, 2m, 90m);

    [Fact]
    public async Task ABaselineLearnedBeforeDeactivationFindsASpendSpikeAfterIt()
    {
        var key = TestCampaigns.NewCampaign();
        var campaign = fixture.Client.GetGrain<ICampaignGrain>(key.ToString());
        for (var quarter = 0; quarter < 30 * 4; quarter++)
        {
            await campaign.ApplyAsync(Batch(key, quarter, Ordinary));
        }

        await fixture.DeactivateAsync(key);
        await campaign.ApplyAsync(Batch(key, 30 * 4, Ordinary with { Spend = 400m }));

        var alerts = await Eventually.ReadAsync(
            () => fixture.AlertHistory.QueryAsync(key.Tenant, new AlertHistoryQuery { Kind = "anomaly.detected" }, CancellationToken.None),
            page => page.Items.Count > 0);
        // Judged on the 30 hours learned before the deactivation: a baseline that started again would still be warming up.
        var spike = Assert.Single(alerts.Items, a => a.Target == key.ToString() && a.Fields!["kind"] == "SpendSpike");
        Assert.Contains("baseline of 30 hours", spike.Text);
        // The CPC the spike drove up is the same incident: named in the one alert, not an alert of its own.
        Assert.Single(alerts.Items, a => a.Target == key.ToString());
        Assert.Contains("Cpc", spike.Fields!["related"].Split(','));
    }

    /// <summary>The batch of quarter-hour <paramref name="quarter"/> after the fixture's start, as a delta of its own.</summary>
    private static MetricBatch Batch(CampaignKey key, int quarter, MetricTotals totals) => new(
        key,
        ClusterFixture.Start.AddMinutes(quarter * 15),
        [new MetricItem(new MetricCell(TestCampaigns.Day, new Breakdown()), totals, MetricKind.Delta, $"q{quarter}")],
        new CampaignMetadata(Name: "Autumn sale"));
}
