using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.History;
using GrainMarketing.Metrics;
using GrainMarketing.Persistence;
using Microsoft.Extensions.Time.Testing;
using static GrainMarketing.UnitTests.Campaigns.TestBatches;

namespace GrainMarketing.UnitTests.Campaigns;

public sealed class CampaignRuleSubjectTests
{
    private static readonly TenantRules Rules = new(new RuleSet(1,
    [
        new RuleDetails(Guid.NewGuid(), 1, new RuleDefinition(
            "Pause big spenders",
            [new RuleCondition(RuleMetric.Spend, "today", RuleComparator.GreaterThan, 100)],
            [new RuleAction(RuleActionType.Pause)]), Now, "ana", Now, "ana"),
    ]), TimeZoneInfo.Utc);

    private readonly TestState<CampaignState> _state = new(new CampaignState { Registered = true });
    private readonly TestState<AutomationState> _automation = new(new AutomationState());
    private readonly List<CampaignKey> _hinted = [];
    private readonly CampaignRuleSubject _subject;

    public CampaignRuleSubjectTests()
    {
        var checkpoint = new CampaignCheckpoint(Campaign, _state, new TestState<FlushState>(new FlushState()), new InMemoryMetricHistory(), new CampaignOptions(), new FakeTimeProvider(Now), new LostWriteGuard("campaign"));
        _subject = new CampaignRuleSubject(Campaign, _state, _automation, new AutomationOptions(), checkpoint, grains: null!, campaign =>
        {
            _hinted.Add(campaign);
            return Task.CompletedTask;
        });
    }

    [Fact]
    public void ACampaignHasNoTenantToJudgeForUntilItIsRegistered()
    {
        Assert.Equal("acme", _subject.Tenant);

        _state.State.Registered = false;

        Assert.Null(_subject.Tenant);
    }

    [Fact]
    public async Task ARuleThatPausesTheCampaignChangesItsMetadataOnlyWhenStored()
    {
        _state.State.Apply(Batch(Snapshot(Today, "25-34", 1000, spend: 150)), flushed: false);

        var judgement = await _subject.JudgeAsync(Rules, Now);
        var before = _state.State.Metadata.Status;
        await _subject.StoreAsync(judgement, CancellationToken.None);

        var fired = Assert.Single(judgement.Entries);
        Assert.Equal((FiringKind.Fired, "Pause big spenders"), (fired.Kind, fired.RuleName));
        Assert.Null(before);
        Assert.Equal(CampaignStatus.Paused, _state.State.Metadata.Status);
        Assert.Equal(1, _state.Writes);
        Assert.Equal([Campaign], _hinted);
    }

    [Fact]
    public async Task NumbersBelowEveryConditionFireNothingAndStoreNothing()
    {
        _state.State.Apply(Batch(Snapshot(Today, "25-34", 1000, spend: 50)), flushed: false);

        var judgement = await _subject.JudgeAsync(Rules, Now);
        await _subject.StoreAsync(judgement, CancellationToken.None);

        Assert.Empty(judgement.Entries);
        Assert.Equal(0, _state.Writes);
    }

    [Fact]
    public void APreviewOfATargetTheRuleDoesNotCoverIsOutOfScope()
    {
        _state.State.Apply(Batch(Snapshot(Today, "25-34", 1000, spend: 150)), flushed: false);

        var covered = _subject.Evaluate(Rules.Rules.Rules[0].Definition, Today, CampaignTargets.Key(Campaign), Now);
        var elsewhere = _subject.Evaluate(Rules.Rules.Rules[0].Definition, Today, $"{CampaignTargets.Key(Campaign)}/adset/9", Now);

        Assert.True(covered.Holds);
        Assert.False(elsewhere.InScope);
    }
}
