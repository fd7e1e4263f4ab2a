using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Automation;

public sealed class RestatementCheckTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly CampaignKey Campaign = new("acme", AdPlatform.Meta, "c-1");
    private static readonly string Target = CampaignTargets.Key(Campaign);

    private readonly CampaignCells _cells = new();
    private readonly AutomationState _automation = new();
    private readonly RuleDetails _pause = Rule(new RuleDefinition("Stop spend", [new RuleCondition(RuleMetric.Spend, "today", RuleComparator.GreaterThan, 100)], [new RuleAction(RuleActionType.Pause)]));

    [Fact]
    public void AFiringWhoseDayIsRestatedBelowTheThresholdIsReversedOnce()
    {
        var yesterday = Today.AddDays(-1);
        Spend(yesterday, 150);
        var fired = Assert.Single(new RuleRunner(new AutomationOptions()).Run(Campaign, new CampaignMetadata(), _cells, new RecentBuckets(), _automation, Rules(), yesterday, Now.AddDays(-1)).Firings);
        Spend(yesterday, 90);

        var found = Check([yesterday], new Dictionary<Guid, RuleDetails> { [fired.Id] = _pause });

        var reversed = Assert.Single(found);
        Assert.Equal((FiringKind.Reversed, fired.Id, yesterday, Target, Now), (reversed.Kind, reversed.RelatesTo, reversed.Day, reversed.Target, reversed.At));
        Assert.Equal((90m, false), (reversed.Conditions[0].Value, reversed.Conditions[0].Holds));
        Assert.Empty(reversed.Actions);
        Assert.Empty(Check([yesterday], new Dictionary<Guid, RuleDetails> { [fired.Id] = _pause }));
    }

    [Fact]
    public void AFiringStillSupportedByRestatedNumbersStandsAndAFiringWithoutItsRuleVersionIsLeftAlone()
    {
        var yesterday = Today.AddDays(-1);
        Spend(yesterday, 150);
        var fired = Assert.Single(new RuleRunner(new AutomationOptions()).Run(Campaign, new CampaignMetadata(), _cells, new RecentBuckets(), _automation, Rules(), yesterday, Now.AddDays(-1)).Firings);
        Spend(yesterday, 140);

        Assert.Empty(Check([yesterday], new Dictionary<Guid, RuleDetails> { [fired.Id] = _pause }));
        Spend(yesterday, 10);
        Assert.Empty(Check([yesterday], new Dictionary<Guid, RuleDetails>()));
    }

    [Fact]
    public void ARestatementThatMakesTheRuleHoldOnAPastDayWithoutAFiringIsAMissRecordedOnce()
    {
        var day = Today.AddDays(-2);
        Spend(day, 150);

        var missed = Assert.Single(Check([day], []));

        Assert.Equal((FiringKind.Missed, day, _pause.Id, Target), (missed.Kind, missed.Day, missed.RuleId, missed.Target));
        Assert.Equal((RuleActionType.Pause, ActionResult.Skipped), (missed.Actions[0].Type, missed.Actions[0].Result));
        Assert.Empty(Check([day], []));
    }

    [Fact]
    public void NoMissIsClaimedForADayWithAFiringBeyondTheHorizonBeforeTheRuleExistedOrForHourWindows()
    {
        var fired = Today.AddDays(-1);
        Spend(fired, 150);
        Assert.Single(new RuleRunner(new AutomationOptions()).Run(Campaign, new CampaignMetadata(), _cells, new RecentBuckets(), _automation, Rules(), fired, Now.AddDays(-1)).Firings);
        var old = Today.AddDays(-8);
        Spend(old, 150);
        var hourly = Rule(new RuleDefinition("Hourly", [new RuleCondition(RuleMetric.Spend, "24h", RuleComparator.GreaterThan, 100)], [new RuleAction(RuleActionType.Pause)]));
        var young = Rule(_pause.Definition) with { UpdatedAt = Now };

        Assert.Empty(Check([fired, old], [], hourly, young));
        Assert.Empty(Check([fired, old], []));
    }

    private IReadOnlyList<RuleFiring> Check(DateOnly[] restated, Dictionary<Guid, RuleDetails> versions, params RuleDetails[] rules) =>
        new RestatementCheck(new AutomationOptions()).Check(
            Campaign, new CampaignMetadata(), _cells, _automation, rules.Length > 0 ? new RuleSet(2, rules) : Rules(), versions, restated.ToHashSet(), Today, Now);

    private RuleSet Rules() => new(1, [_pause]);

    private void Spend(DateOnly day, decimal spend) =>
        _cells.Apply(new MetricItem(new MetricCell(day, new Breakdown()), new MetricTotals(1000, 0, 10, spend, 1, 0), MetricKind.Snapshot));

    private static RuleDetails Rule(RuleDefinition definition) =>
        new(Guid.NewGuid(), 1, definition with { Cooldown = "24h" }, Now.AddDays(-30), "test", Now.AddDays(-30), "test");
}
