using GrainMarketing.Audit;
using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Insights.Budget;
using GrainMarketing.Metrics;
using GrainMarketing.Tenants;

namespace GrainMarketing.GrainTests.Insights.Budget;

/// <summary>A budget proposal fitted on two campaigns' generated histories, then applied through the rules' path.</summary>
[Collection(ClusterCollection.Name)]
public sealed class BudgetApplyTests(ClusterFixture fixture)
{
    private static readonly HillParameters Strong = new(60, 150, 1.0, 0);
    private static readonly HillParameters Weak = new(12, 60, 1.0, 0);

    [Fact]
    public async Task ApplyingAProposalSetsEachBudgetQueuesItForThePlatformAndAuditsItAsTheProposal()
    {
        var (tenant, strong, weak) = await TwoCampaignsAsync();
        var planner = fixture.Client.GetGrain<IBudgetPlannerGrain>(tenant);
        var proposal = await planner.OptimizeAsync(Request(strong, weak, 200));
        var raised = proposal.Campaigns.Single(c => c.Campaign == CampaignTargets.Key(strong));
        Assert.True(raised.ProposedBudget > 100, $"strong campaign proposed {raised.ProposedBudget}");
        Assert.True(proposal.Gain.Value > 0);

        var applied = await planner.ApplyAsync(proposal.Id);

        Assert.True(applied.Complete);
        Assert.All(applied.Campaigns, c => Assert.Equal("applied", c.Result));
        var summary = await fixture.Client.GetGrain<ICampaignGrain>(strong.ToString()).GetSummaryAsync(QueryWindow.Recent(TimeSpan.FromHours(1)));
        Assert.Equal(raised.ProposedBudget, summary.Metadata.DailyBudget);
        var pending = Assert.Single((await fixture.Client.GetGrain<ICampaignGrain>(strong.ToString()).GetAutomationAsync()).PendingChanges);
        Assert.Equal(("dailyBudget", "100.00", proposal.Id), (pending.Field, pending.From, pending.RuleId));
        var audit = await fixture.SiloAuditLog.QueryAsync(new AuditQuery(tenant) { Action = "automation.budget.changed" }, CancellationToken.None);
        Assert.Equal(2, audit.Items.Count);
        Assert.All(audit.Items, item => Assert.Equal($"rule:{proposal.Id}", item.Entry.Actor));
        await Assert.ThrowsAsync<ConflictException>(() => planner.ApplyAsync(proposal.Id));
    }

    [Fact]
    public async Task ACampaignWhoseActionBudgetIsSpentIsDeferredAndTheProposalStaysOpen()
    {
        var (tenant, strong, weak) = await TwoCampaignsAsync();
        var planner = fixture.Client.GetGrain<IBudgetPlannerGrain>(tenant);
        var options = new AutomationOptions();
        BudgetApplication? last = null;
        for (var round = 0; round <= options.ActionsPerHour; round++)
        {
            var proposal = await planner.OptimizeAsync(Request(strong, weak, 200 + (10 * round)));
            last = await planner.ApplyAsync(proposal.Id);
        }

        Assert.False(last!.Complete);
        Assert.Contains(last.Campaigns, c => c.Result == "deferred");
    }

    private async Task<(string Tenant, CampaignKey Strong, CampaignKey Weak)> TwoCampaignsAsync()
    {
        var tenant = $"t-{Guid.NewGuid():N}";
        await fixture.Client.GetGrain<ITenantGrain>(tenant).CreateAsync(new TenantSettings("Budget", "UTC", "EUR", 6), "ana@example.com");
        var strong = new CampaignKey(tenant, AdPlatform.Meta, "strong");
        var weak = new CampaignKey(tenant, AdPlatform.Google, "weak");
        await HistoryAsync(strong, Strong, 0);
        await HistoryAsync(weak, Weak, 3);
        return (tenant, strong, weak);
    }

    /// <summary>Sixty closed days around a budget of 100 that steps every week; outcome on the true curve with a weekly season, no noise.</summary>
    private async Task HistoryAsync(CampaignKey campaign, HillParameters truth, int phase)
    {
        var today = DateOnly.FromDateTime(fixture.Clock.GetUtcNow().UtcDateTime);
        double[] steps = [0.6, 1.3, 0.9, 1.5, 0.7, 1.1, 1.4, 0.8, 1.2];
        var items = Enumerable.Range(1, 60).Select(back =>
        {
            var date = today.AddDays(-back);
            var spend = 100 * steps[((back / 7) + phase) % steps.Length] * (1 + (0.05 * (back % 3)));
            var season = date.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday ? 0.85 : 1.05;
            var conversions = truth.Value(spend) * season;
            return new MetricItem(new MetricCell(date, new Breakdown()), new MetricTotals(1000, 0, 50, (decimal)spend, (decimal)conversions, (decimal)(conversions * 40)), MetricKind.Snapshot);
        }).ToList();
        var grain = fixture.Client.GetGrain<ICampaignGrain>(campaign.ToString());
        await grain.ApplyAsync(new MetricBatch(campaign, fixture.Clock.GetUtcNow(), items));
        await grain.UpdateMetadataAsync(new CampaignMetadata(DailyBudget: 100));
    }

    private static BudgetRequest Request(CampaignKey strong, CampaignKey weak, decimal total) =>
        new(total, BudgetObjective.Conversions, [strong, weak], new Dictionary<string, BudgetBounds>(), null);
}
