using GrainMarketing.Audit;
using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Insights.Budget;

namespace GrainMarketing.GrainTests.Insights.Budget;

/// <summary>A budget proposal fitted on two campaigns' generated histories, then applied through the rules' path.</summary>
[Collection(ClusterCollection.Name)]
public sealed class BudgetApplyTests(ClusterFixture fixture)
{
    private readonly BudgetCampaigns _campaigns = new(fixture);

    [Fact]
    public async Task ApplyingAProposalSetsEachBudgetQueuesItForThePlatformAndAuditsItAsTheProposal()
    {
        var (tenant, strong, weak) = await _campaigns.TwoAsync();
        var planner = fixture.Client.GetGrain<IBudgetPlannerGrain>(tenant);
        var proposal = await planner.OptimizeAsync(BudgetCampaigns.Request(strong, weak, 200));
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
        var (tenant, strong, weak) = await _campaigns.TwoAsync();
        var planner = fixture.Client.GetGrain<IBudgetPlannerGrain>(tenant);
        var options = new AutomationOptions();
        BudgetApplication? last = null;
        for (var round = 0; round <= options.ActionsPerHour; round++)
        {
            var proposal = await planner.OptimizeAsync(BudgetCampaigns.Request(strong, weak, 200 + (10 * round)));
            last = await planner.ApplyAsync(proposal.Id);
        }

        Assert.False(last!.Complete);
        Assert.Contains(last.Campaigns, c => c.Result == "deferred");
    }
}
