using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;

namespace GrainMarketing.GrainTests.Campaigns;

/// <summary>A campaign that lost a write starts again from what storage holds, whichever of its states the write was for.</summary>
[Collection(ClusterCollection.Name)]
public sealed class CampaignLostWriteTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ACampaignWhoseAutomationWriteFailsDeactivatesAndRecordsTheFiringOnlyOnceStored()
    {
        var key = TestCampaigns.NewCampaign();
        await fixture.Client.GetGrain<ITenantGrain>(key.Tenant).CreateAsync(new TenantSettings("Rules", "UTC", "EUR", 6), "ana@example.com");
        await fixture.Client.GetGrain<IRuleBookGrain>(key.Tenant).CreateAsync(new RuleDefinition(
            "Pause big spenders",
            [new RuleCondition(RuleMetric.Spend, "today", RuleComparator.GreaterThan, 100)],
            [new RuleAction(RuleActionType.Pause)]), "ana@example.com");
        var campaign = fixture.Client.GetGrain<ICampaignGrain>(key.ToString());
        fixture.WriteFailures.FailNextWrite(campaign.GetGrainId(), "automation");

        await campaign.ApplyAsync(new MetricBatch(key, fixture.Clock.GetUtcNow(),
            [new MetricItem(new MetricCell(DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime), new Breakdown()), new MetricTotals(1000, 0, 10, 150, 1, 0), MetricKind.Snapshot)]));
        var management = fixture.Client.GetGrain<IManagementGrain>(0);
        var activations = await Eventually.ReadAsync(() => management.GetGrainActivationCount((GrainReference)campaign), count => count == 0);
        var unrecorded = await History(key);
        await campaign.EvaluateRulesAsync();
        var recorded = await Eventually.ReadAsync(() => History(key), page => page.Items.Count > 0);

        Assert.Equal(0, activations);
        Assert.Empty(unrecorded.Items);
        Assert.Equal(("Pause big spenders", FiringKind.Fired), (Assert.Single(recorded.Items).Firing.RuleName, recorded.Items[0].Firing.Kind));
        Assert.Equal(CampaignStatus.Paused, (await campaign.GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromHours(1)))).Metadata.Status);
    }

    private Task<FiringPage> History(CampaignKey key) => fixture.Firings.QueryAsync(key.Tenant, new FiringQuery(10), CancellationToken.None);
}
