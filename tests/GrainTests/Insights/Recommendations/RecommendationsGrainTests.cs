using GrainMarketing.Audit;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Insights.Recommendations;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;

namespace GrainMarketing.GrainTests.Insights.Recommendations;

/// <summary>A planted tenant's cells applied to its campaign grains, its recommendations generated, dismissed and applied through the rules' path.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RecommendationsGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task EveryPlantedTruthIsRaisedOnceAndADismissalHoldsOnTheSameEvidence()
    {
        var (tenant, planted) = await PlantedAsync();
        var recommendations = fixture.Client.GetGrain<IRecommendationsGrain>(tenant);

        await recommendations.GenerateAsync();
        var first = await OpenAsync(recommendations);
        await recommendations.GenerateAsync();
        var second = await OpenAsync(recommendations);

        Assert.Equal(planted.Truths.Order(StringComparer.Ordinal), first.Select(r => r.Fingerprint).Order(StringComparer.Ordinal));
        Assert.Equal(first.Select(r => r.Id).Order(), second.Select(r => r.Id).Order());
        var segment = first.Single(r => r.Kind == RecommendationKind.TargetSegment);
        var dismissed = await recommendations.DismissAsync(segment.Id, "brand-safety review first", "ana@example.com");
        Assert.Equal((RecommendationStatus.Open, RecommendationStatus.Dismissed), (dismissed.Before.Status, dismissed.After.Status));
        await recommendations.GenerateAsync();
        Assert.DoesNotContain(await OpenAsync(recommendations), r => r.Kind == RecommendationKind.TargetSegment);
        await Assert.ThrowsAsync<ConflictException>(() => recommendations.AcceptAsync(segment.Id, "ana@example.com"));
        var small = await recommendations.QueryAsync(new RecommendationQuery { Target = PlantedTenant.SmallCampaign });
        Assert.StartsWith("Insufficient data", small.InsufficientData);
    }

    [Fact]
    public async Task ApplyingThePausePausesTheCampaignThroughTheRulesPathAndCannotApplyTwice()
    {
        var (tenant, _) = await PlantedAsync();
        var recommendations = fixture.Client.GetGrain<IRecommendationsGrain>(tenant);
        await recommendations.GenerateAsync();
        var pause = (await OpenAsync(recommendations)).Single(r => r.Kind == RecommendationKind.PauseCampaign);

        var applied = await recommendations.ApplyAsync(pause.Id, "ana@example.com");

        Assert.Equal(RecommendationStatus.Applied, applied.After.Status);
        var campaign = fixture.Client.GetGrain<ICampaignGrain>(new CampaignKey(tenant, AdPlatform.Meta, "c03").ToString());
        Assert.Equal(CampaignStatus.Paused, (await campaign.GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromHours(1)))).Metadata.Status);
        var pending = Assert.Single((await campaign.GetAutomationAsync()).PendingChanges);
        Assert.Equal(("status", "paused", pause.Id), (pending.Field, pending.To, pending.RuleId));
        var audit = await fixture.SiloAuditLog.QueryAsync(new AuditQuery(tenant) { Action = "automation.status.changed" }, CancellationToken.None);
        Assert.Equal($"rule:{pause.Id}", Assert.Single(audit.Items).Entry.Actor);
        await Assert.ThrowsAsync<ConflictException>(() => recommendations.ApplyAsync(pause.Id, "ana@example.com"));
    }

    private static async Task<IReadOnlyList<Recommendation>> OpenAsync(IRecommendationsGrain recommendations) =>
        (await recommendations.QueryAsync(new RecommendationQuery { Status = RecommendationStatus.Open })).Items;

    /// <summary>A new tenant whose campaigns hold a planted tenant's 28 closed days, cell by cell.</summary>
    private async Task<(string Tenant, PlantedTenant Planted)> PlantedAsync()
    {
        var tenant = $"t-{Guid.NewGuid():N}";
        await fixture.Client.GetGrain<ITenantGrain>(tenant).CreateAsync(new TenantSettings("Recommendations", "UTC", "EUR", 6), "ana@example.com");
        var planted = PlantedTenant.Generate(11, planted: true, DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime).AddDays(-1));
        foreach (var cells in planted.Cells.GroupBy(c => c.Campaign))
        {
            var key = new CampaignKey(tenant, AdPlatform.Meta, cells.Key.Split(':')[1]);
            var items = cells.Select(c => new MetricItem(new MetricCell(c.Date, new Breakdown(c.Age, c.Gender), AdId: c.Creative), c.Totals, MetricKind.Snapshot)).ToList();
            await fixture.Client.GetGrain<ICampaignGrain>(key.ToString()).ApplyAsync(new MetricBatch(key, fixture.Clock.GetUtcNow(), items, new CampaignMetadata(Status: CampaignStatus.Active)));
        }

        return (tenant, planted);
    }
}
