using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.GrainTests.Campaigns;
using GrainMarketing.IntegrationTests.Infrastructure;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;

namespace GrainMarketing.GrainTests.Automation;

/// <summary>Rules judged by the campaign grains themselves: after the batch that moves the numbers, and as soon as a rule changes.</summary>
[Collection(ClusterCollection.Name)]
public sealed class LiveRuleTests(ClusterFixture fixture)
{
    private static readonly RuleDefinition PauseBigSpenders = new(
        "Pause big spenders",
        [new RuleCondition(RuleMetric.Spend, "today", RuleComparator.GreaterThan, 100)],
        [new RuleAction(RuleActionType.Pause)]);

    [Fact]
    public async Task TheBatchThatCrossesTheThresholdPausesTheCampaignAndTheFiringIsRecordedWithItsEvidence()
    {
        var campaign = await NewCampaignAsync();
        var rule = await Book(campaign).CreateAsync(PauseBigSpenders, "ana@example.com");
        var grain = Grain(campaign);

        await grain.ApplyAsync(Batch(campaign, 60));
        await JudgedAsync(grain);
        Assert.Empty((await History(campaign)).Items);
        await grain.ApplyAsync(Batch(campaign, 150));

        var summary = await Eventually.ReadAsync(() => grain.GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromHours(1))), s => s.Metadata.Status == CampaignStatus.Paused);
        Assert.Equal(CampaignStatus.Paused, summary.Metadata.Status);
        var firing = Assert.Single((await History(campaign)).Items).Firing;
        Assert.Equal((rule.Id, 1, FiringKind.Fired, CampaignTargets.Key(campaign)), (firing.RuleId, firing.RuleVersion, firing.Kind, firing.Target));
        Assert.Equal(150m, Assert.Single(firing.Conditions).Value);
        var automation = await grain.GetAutomationAsync();
        var change = Assert.Single(automation.PendingChanges);
        Assert.Equal(("status", "paused", firing.Id), (change.Field, change.To, change.FiringId));
        Assert.Equal(firing.Id, Assert.Single(automation.RecentFirings).Id);

        await grain.ApplyAsync(Batch(campaign, 170));
        await JudgedAsync(grain);
        Assert.Single((await History(campaign)).Items);
    }

    [Fact]
    public async Task EnablingARuleJudgesTheCampaignsItCoversWithoutWaitingForData()
    {
        var campaign = await NewCampaignAsync();
        var grain = Grain(campaign);
        await grain.ApplyAsync(Batch(campaign, 150));
        var book = Book(campaign);
        var rule = await book.CreateAsync(PauseBigSpenders with { Enabled = false }, "ana@example.com");
        await JudgedAsync(grain);
        Assert.Null((await grain.GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromHours(1)))).Metadata.Status);

        await book.UpdateAsync(rule.Id, PauseBigSpenders, "ana@example.com", expectedVersion: 1);

        var summary = await Eventually.ReadAsync(() => grain.GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromHours(1))), s => s.Metadata.Status == CampaignStatus.Paused);
        Assert.Equal(CampaignStatus.Paused, summary.Metadata.Status);
        Assert.Equal(2, Assert.Single((await History(campaign)).Items).Firing.RuleVersion);
    }

    [Fact]
    public async Task NumbersRestatedForADayARuleActedOnRecordTheDecisionAsReversed()
    {
        var now = fixture.Clock.GetUtcNow();
        var yesterday = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1);
        var campaign = await NewCampaignAsync();
        var grain = Grain(campaign);
        RuleFiring fired;
        fixture.SetClock(now.AddDays(-1));
        try
        {
            await Book(campaign).CreateAsync(PauseBigSpenders, "ana@example.com");
            await grain.ApplyAsync(Batch(campaign, 150));
            fired = Assert.Single((await Eventually.ReadAsync(() => History(campaign), page => page.Items.Count == 1)).Items).Firing;
        }
        finally
        {
            fixture.SetClock(now);
        }

        await grain.ApplyAsync(Batch(campaign, 90, yesterday));

        var page = await Eventually.ReadAsync(() => History(campaign), page => page.Items.Count == 2);
        var reversed = page.Items[0].Firing;
        Assert.Equal((FiringKind.Reversed, fired.Id, yesterday, 90m), (reversed.Kind, reversed.RelatesTo, reversed.Day, reversed.Conditions[0].Value));
        Assert.Equal(CampaignStatus.Paused, (await grain.GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromHours(1)))).Metadata.Status);
    }

    [Fact]
    public async Task ASegmentRuleIsJudgedByTheSegmentGrainOnTheCampaignsFlushedNumbers()
    {
        var campaign = await NewCampaignAsync();
        await Book(campaign).CreateAsync(new RuleDefinition(
            "Hot segment",
            [new RuleCondition(RuleMetric.Spend, "today", RuleComparator.GreaterThan, 100)],
            [new RuleAction(RuleActionType.Tag, Tag: "hot")],
            new RuleScope(RuleLevel.Segment, Segments: ["age:25-34"])), "ana@example.com");

        await Grain(campaign).ApplyAsync(new MetricBatch(campaign, fixture.Clock.GetUtcNow(),
        [
            new MetricItem(new MetricCell(DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime), new Breakdown(Age: "25-34", Gender: "female")), new MetricTotals(1000, 0, 10, 150, 1, 0), MetricKind.Snapshot),
            new MetricItem(new MetricCell(DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime), new Breakdown(Age: "35-44", Gender: "female")), new MetricTotals(1000, 0, 10, 150, 1, 0), MetricKind.Snapshot),
        ]));

        var firing = Assert.Single((await Eventually.ReadAsync(() => History(campaign), page => page.Items.Count > 0)).Items).Firing;
        Assert.Equal((RuleLevel.Segment, "age:25-34", 150m), (firing.Level, firing.Target, firing.Conditions[0].Value));
    }

    [Fact]
    public async Task TheRuleBookKeepsAScheduleOnlyWhileAnyRuleIsEnabled()
    {
        var campaign = await NewCampaignAsync();
        var book = Book(campaign);

        var disabled = await book.CreateAsync(PauseBigSpenders with { Enabled = false }, "ana@example.com");
        var withoutEnabled = (await fixture.Reminders.ReadRows(book.GetGrainId())).Reminders;
        await book.UpdateAsync(disabled.Id, PauseBigSpenders, "ana@example.com", expectedVersion: null);
        var reminder = Assert.Single((await fixture.Reminders.ReadRows(book.GetGrainId())).Reminders);
        await book.DeleteAsync(disabled.Id);

        Assert.Empty(withoutEnabled);
        Assert.Equal(new AutomationOptions().ScheduleInterval, reminder.Period);
        Assert.Empty((await fixture.Reminders.ReadRows(book.GetGrainId())).Reminders);
    }

    private async Task<CampaignKey> NewCampaignAsync()
    {
        var campaign = TestCampaigns.NewCampaign();
        await fixture.Client.GetGrain<ITenantGrain>(campaign.Tenant).CreateAsync(new TenantSettings("Rules", "UTC", "EUR", 6), "ana@example.com");
        return campaign;
    }

    private MetricBatch Batch(CampaignKey campaign, decimal spend, DateOnly? date = null) =>
        new(campaign, fixture.Clock.GetUtcNow(),
            [new MetricItem(new MetricCell(date ?? DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime), new Breakdown()), new MetricTotals(1000, 0, 10, spend, 1, 0), MetricKind.Snapshot)]);

    /// <summary>
    /// Asks the campaign to judge its rules and waits until it has: the judgement starts by reading the
    /// tenant's rules, and its timer does not interleave, so a call made once the read is seen returns after it.
    /// </summary>
    private async Task JudgedAsync(ICampaignGrain grain)
    {
        var before = fixture.RuleSetReads.By(grain.GetGrainId());
        await grain.EvaluateRulesAsync();
        Assert.True(await Eventually.HoldsAsync(() => Task.FromResult(fixture.RuleSetReads.By(grain.GetGrainId()) > before)), "the campaign did not judge its rules");
        await grain.GetAutomationAsync();
    }

    private ICampaignGrain Grain(CampaignKey campaign) => fixture.Client.GetGrain<ICampaignGrain>(campaign.ToString());

    private IRuleBookGrain Book(CampaignKey campaign) => fixture.Client.GetGrain<IRuleBookGrain>(campaign.Tenant);

    private Task<FiringPage> History(CampaignKey campaign) => fixture.Firings.QueryAsync(campaign.Tenant, new FiringQuery(10), CancellationToken.None);
}
