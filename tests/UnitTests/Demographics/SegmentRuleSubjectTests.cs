using GrainMarketing.Automation;
using GrainMarketing.Demographics;
using GrainMarketing.Metrics;
using GrainMarketing.UnitTests.Campaigns;

namespace GrainMarketing.UnitTests.Demographics;

public sealed class SegmentRuleSubjectTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 30, 0, TimeSpan.Zero);
    private static readonly SegmentKey Segment = new("acme", Dimension.Age, "25-34");

    private readonly TestState<SegmentState> _state = new(new SegmentState());
    private readonly SegmentRuleSubject _subject;

    public SegmentRuleSubjectTests() =>
        _subject = new SegmentRuleSubject(_state, new TestState<AutomationState>(new AutomationState()), new AutomationOptions(), grains: null!);

    [Fact]
    public void ASegmentHasNoTenantToJudgeForUntilItsFirstFlush()
    {
        Assert.Null(_subject.Tenant);

        _state.State.Key = Segment;

        Assert.Equal("acme", _subject.Tenant);
    }

    [Fact]
    public void OnlySegmentRulesAreJudgedOnASegment()
    {
        Assert.False(_subject.Judges(new RuleSet(1, [Rule(scope: null)])));
        Assert.True(_subject.Judges(new RuleSet(1, [Rule(scope: null), Rule(new RuleScope(RuleLevel.Segment))])));
    }

    [Fact]
    public async Task ASegmentRuleFiresOnTheSegmentsDayTotals()
    {
        _state.State.Key = Segment;
        _state.State.Days[DateOnly.FromDateTime(Now.UtcDateTime)] = new MetricTotals(1000, 0, 10, 150, 1, 0);

        var judgement = await _subject.JudgeAsync(new TenantRules(new RuleSet(1, [Rule(new RuleScope(RuleLevel.Segment))]), TimeZoneInfo.Utc), Now);

        var fired = Assert.Single(judgement.Entries);
        Assert.Equal((RuleLevel.Segment, "age:25-34", 150m), (fired.Level, fired.Target, fired.Conditions[0].Value));
        Assert.Empty(judgement.Restated);
    }

    private static RuleDetails Rule(RuleScope? scope) => new(
        Guid.NewGuid(), 1,
        new RuleDefinition("Hot segment", [new RuleCondition(RuleMetric.Spend, "today", RuleComparator.GreaterThan, 100)], [new RuleAction(RuleActionType.Tag, Tag: "hot")], scope),
        Now, "ana", Now, "ana");
}
