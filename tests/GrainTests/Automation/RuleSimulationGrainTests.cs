using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Metrics;
using static GrainMarketing.GrainTests.Campaigns.TestCampaigns;

namespace GrainMarketing.GrainTests.Automation;

/// <summary>Backtests across a tenant's campaigns: days from history and memory alike, only the campaigns the scope may cover, and nothing changed.</summary>
[Collection(ClusterCollection.Name)]
public sealed class RuleSimulationGrainTests(ClusterFixture fixture) : IDisposable
{
    private static readonly RuleDefinition PauseMetaSpenders = new(
        "Pause big spenders",
        [new RuleCondition(RuleMetric.Spend, "today", RuleComparator.GreaterThan, 100)],
        [new RuleAction(RuleActionType.Pause)],
        new RuleScope(Platforms: ["meta"]),
        Cooldown: "24h");

    [Fact]
    public async Task ABacktestJudgesDaysPrunedToHistoryAndDaysInMemoryAndChangesNothing()
    {
        var meta = NewCampaign();
        var google = meta with { Platform = AdPlatform.Google, CampaignId = "c-2" };
        await Grain(meta).ApplyAsync(Spend(meta, Day, 150));
        await Grain(google).ApplyAsync(Spend(google, Day, 150));
        await fixture.DeactivateAsync(meta);

        // 120 days later a new day arrives; the checkpoint on deactivation prunes the old day from memory.
        var later = DateOnly.FromDateTime(fixture.SetClock(ClusterFixture.Start.AddDays(120)).UtcDateTime).AddDays(-1);
        await Grain(meta).ApplyAsync(Spend(meta, later, 200));
        await fixture.DeactivateAsync(meta);

        var simulation = await fixture.Client.GetGrain<IRuleSimulationGrain>(meta.Tenant).SimulateAsync(PauseMetaSpenders, new DateRange(Day, later));

        Assert.Equal(1, simulation.Campaigns);
        Assert.Equal([(Day, "meta:c-1", ActionResult.WouldApply), (later, "meta:c-1", ActionResult.Unchanged)],
            simulation.Firings.Select(f => (f.Day, f.Target, Assert.Single(f.Actions).Result)));
        Assert.Equal(new BacktestEffects("meta:c-1", 2, 200m, 0, 0, 0, 0, 0), Assert.Single(simulation.Targets));
        Assert.Equal(simulation.Targets[0] with { Target = null }, simulation.Totals);
        Assert.Null((await Grain(meta).GetSummaryAsync(QueryWindow.For(new DateRange(Day, later)))).Metadata.Status);
        Assert.Empty((await Grain(meta).GetAutomationAsync()).RecentFirings);
    }

    [Fact]
    public async Task AScopeCoveringMoreThan2000CampaignsIsRefusedNamingTheScope()
    {
        var tenant = NewCampaign().Tenant;
        var registry = fixture.Client.GetGrain<ICampaignRegistryGrain>(tenant);
        for (var i = 0; i <= BacktestValidation.MaxCampaigns; i++)
        {
            await registry.RegisterAsync(new CampaignKey(tenant, AdPlatform.Meta, $"c{i}"));
        }

        var simulations = fixture.Client.GetGrain<IRuleSimulationGrain>(tenant);
        var range = new DateRange(Day.AddDays(-6), Day);
        var refused = await Assert.ThrowsAsync<ValidationFailedException>(() => simulations.SimulateAsync(PauseMetaSpenders, range));
        Assert.Equal(["scope"], refused.Errors.Keys);

        var one = await simulations.SimulateAsync(PauseMetaSpenders with { Scope = new RuleScope(CampaignIds: ["meta:c7"]) }, range);
        Assert.Equal((1, 0), (one.Campaigns, one.Firings.Count));
    }

    public void Dispose() => fixture.SetClock(ClusterFixture.Start);

    private ICampaignGrain Grain(CampaignKey key) => fixture.Client.GetGrain<ICampaignGrain>(key.ToString());

    private static MetricBatch Spend(CampaignKey key, DateOnly day, decimal spend) =>
        new(key, ClusterFixture.Start, [new MetricItem(new MetricCell(day, new Breakdown()), new MetricTotals(1_000, 0, 10, spend, 0, 0), MetricKind.Snapshot)]);
}
