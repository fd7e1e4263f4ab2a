using GrainMarketing.Automation;
using GrainMarketing.Demographics;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;

namespace GrainMarketing.GrainTests.Demographics;

/// <summary>The segment grain judging its tenant's segment rules, as the campaign grain judges its rules.</summary>
[Collection(ClusterCollection.Name)]
public sealed class DemographicSegmentGrainTests(ClusterFixture fixture)
{
    [Fact]
    public async Task ASegmentWhoseAutomationWriteFailsDeactivatesAndRecordsTheFiringOnlyOnceStored()
    {
        var tenant = $"t-{Guid.NewGuid():N}";
        await fixture.Client.GetGrain<ITenantGrain>(tenant).CreateAsync(new TenantSettings("Rules", "UTC", "EUR", 6), "ana@example.com");
        await fixture.Client.GetGrain<IRuleBookGrain>(tenant).CreateAsync(new RuleDefinition(
            "Hot segment",
            [new RuleCondition(RuleMetric.Spend, "today", RuleComparator.GreaterThan, 100)],
            [new RuleAction(RuleActionType.Tag, Tag: "hot")],
            new RuleScope(RuleLevel.Segment)), "ana@example.com");
        var key = new SegmentKey(tenant, Dimension.Age, "25-34");
        var segment = fixture.Client.GetGrain<IDemographicSegmentGrain>(key.ToString());
        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        fixture.WriteFailures.FailNextWrite(segment.GetGrainId(), "automation");

        await segment.ApplyAsync(key, "meta/c-1", 1, [new SegmentDelta(today, new MetricTotals(1000, 0, 10, 150, 1, 0))], fixture.Clock.GetUtcNow());
        var management = fixture.Client.GetGrain<IManagementGrain>(0);
        var activations = await Eventually.ReadAsync(() => management.GetGrainActivationCount((GrainReference)segment), count => count == 0);
        var unrecorded = await History(tenant);
        await segment.ApplyAsync(key, "meta/c-1", 2, [new SegmentDelta(today, new MetricTotals(0, 0, 0, 1, 0, 0))], fixture.Clock.GetUtcNow());
        var recorded = await Eventually.ReadAsync(() => History(tenant), page => page.Items.Count > 0);

        Assert.Equal(0, activations);
        Assert.Empty(unrecorded.Items);
        Assert.Equal((RuleLevel.Segment, "age:25-34", 151m), (recorded.Items[0].Firing.Level, recorded.Items[0].Firing.Target, recorded.Items[0].Firing.Conditions[0].Value));
        Assert.Single(recorded.Items);
    }

    [Fact]
    public async Task DaysComeBackOldestFirstWithinTheRangeAndRetention()
    {
        var tenant = $"t-{Guid.NewGuid():N}";
        var key = new SegmentKey(tenant, Dimension.Interest, "hiking");
        var segment = fixture.Client.GetGrain<IDemographicSegmentGrain>(key.ToString());
        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        var totals = new MetricTotals(100, 0, 5, 20, 1, 40);

        await segment.ApplyAsync(key, "meta/c-1", 1, [new SegmentDelta(today, totals), new SegmentDelta(today.AddDays(-3), totals), new SegmentDelta(today.AddDays(-9), totals)], fixture.Clock.GetUtcNow());
        await segment.ApplyAsync(key, "google/c-2", 1, [new SegmentDelta(today, totals)], fixture.Clock.GetUtcNow());
        var days = (await segment.GetDaysAsync(new GrainMarketing.Campaigns.DateRange(today.AddDays(-5), today))).Days;

        Assert.Equal([today.AddDays(-3), today], days.Select(d => d.Date));
        Assert.Equal((40m, 2m), (days[1].Totals.Spend, days[1].Totals.Conversions));
    }

    private Task<FiringPage> History(string tenant) => fixture.Firings.QueryAsync(tenant, new FiringQuery(10), CancellationToken.None);
}
