using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Automation;

public sealed class RuleRunnerTests
{
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private static readonly CampaignKey Campaign = new("acme", AdPlatform.Meta, "c-1");

    private readonly CampaignCells _cells = new();
    private readonly AutomationState _automation = new();

    [Fact]
    public void APauseThatHoldsPausesTheCampaignQueuesTheChangeForThePlatformAndWaitsOutItsCooldown()
    {
        Spend(150);
        var rule = Rule(new RuleDefinition("Stop spend", [SpendAbove(100)], [new(RuleActionType.Pause), new(RuleActionType.Tag, Tag: "stopped")], Cooldown: "6h"));

        var run = Run([rule], new CampaignMetadata(Name: "Autumn", DailyBudget: 80), Now);

        var firing = Assert.Single(run.Firings);
        Assert.Equal((FiringKind.Fired, 1, CampaignTargets.Key(Campaign), Today), (firing.Kind, firing.RuleVersion, firing.Target, firing.Day));
        Assert.Equal(150m, Assert.Single(firing.Conditions).Value);
        Assert.Equal([(RuleActionType.Pause, ActionResult.Applied, "active", "paused"), (RuleActionType.Tag, ActionResult.Applied, null, "stopped")],
            firing.Actions.Select(a => (a.Type, a.Result, a.From, a.To)));
        Assert.True(run.MetadataChanged);
        Assert.Equal(CampaignStatus.Paused, run.Metadata.Status);
        Assert.Equal(["status", "tags"], run.Changes.Select(c => c.Field));
        Assert.Equal("paused", Assert.Single(_automation.Pending.Values).To);
        Assert.Equal(["stopped"], _automation.Tags);

        Assert.Empty(Run([rule], run.Metadata, Now.AddHours(5)).Firings);
        var again = Assert.Single(Run([rule], run.Metadata, Now.AddHours(6)).Firings);
        Assert.Equal([ActionResult.Unchanged, ActionResult.Unchanged], again.Actions.Select(a => a.Result));
    }

    [Fact]
    public void ADryRunRecordsWhatWouldHappenAndChangesNothing()
    {
        Spend(150);
        var rule = Rule(new RuleDefinition("Try it", [SpendAbove(100)], [new(RuleActionType.Pause), new(RuleActionType.SetBudget, Amount: 40)], DryRun: true));
        var metadata = new CampaignMetadata(DailyBudget: 80);

        var run = Run([rule], metadata, Now);

        var firing = Assert.Single(run.Firings);
        Assert.True(firing.DryRun);
        Assert.Equal([(ActionResult.WouldApply, "active", "paused"), (ActionResult.WouldApply, "80.00", "40.00")], firing.Actions.Select(a => (a.Result, a.From, a.To)));
        Assert.False(run.MetadataChanged);
        Assert.Same(metadata, run.Metadata);
        Assert.Empty(run.Changes);
        Assert.Empty(_automation.Pending);
        Assert.Empty(_automation.ActionTimes);
    }

    [Theory]
    [InlineData(100, 20, null, 150.0, "120.00")]
    [InlineData(100, 20, null, 110.0, "110.00")]
    [InlineData(100, -50, 70.0, null, "70.00")]
    [InlineData(33.33, 10, null, null, "36.66")]
    public void ScalingABudgetRoundsToCentsWithinItsCaps(decimal budget, decimal percent, double? min, double? max, string expected)
    {
        Spend(150);
        var action = new RuleAction(RuleActionType.ScaleBudget, Percent: percent, Min: (decimal?)min, Max: (decimal?)max);

        var run = Run([Rule(new RuleDefinition("Scale", [SpendAbove(100)], [action]))], new CampaignMetadata(DailyBudget: budget), Now);

        Assert.Equal(expected, Assert.Single(Assert.Single(run.Firings).Actions).To);
        Assert.Equal(decimal.Parse(expected, System.Globalization.CultureInfo.InvariantCulture), run.Metadata.DailyBudget);
    }

    [Fact]
    public void ScalingWithoutABudgetIsSkippedAndSaysWhy()
    {
        Spend(150);

        var run = Run([Rule(new RuleDefinition("Scale", [SpendAbove(100)], [new(RuleActionType.ScaleBudget, Percent: 20)]))], new CampaignMetadata(), Now);

        var outcome = Assert.Single(Assert.Single(run.Firings).Actions);
        Assert.Equal(ActionResult.Skipped, outcome.Result);
        Assert.Contains("no daily budget", outcome.Detail);
        Assert.False(run.MetadataChanged);
    }

    [Fact]
    public void ChangesBeyondTheTargetsHourlyBudgetDeferTheWholeFiringUntilTheBudgetAllows()
    {
        Spend(150);
        var first = Rule(new RuleDefinition("Cut", [SpendAbove(100)], [new(RuleActionType.SetBudget, Amount: 50)], Cooldown: "1h"));
        var second = Rule(new RuleDefinition("Stop", [SpendAbove(100)], [new(RuleActionType.Pause), new(RuleActionType.SetBudget, Amount: 70), new(RuleActionType.Tag, Tag: "t")]));
        var options = new AutomationOptions { ActionsPerHour = 4, PlatformActionsPerHour = { ["meta"] = 2 } };

        var run = Run([first, second], new CampaignMetadata(DailyBudget: 80), Now, options);

        Assert.Equal([FiringKind.Fired, FiringKind.Deferred], run.Firings.Select(f => f.Kind));
        Assert.All(run.Firings[1].Actions, outcome => Assert.Equal(ActionResult.Deferred, outcome.Result));
        Assert.Equal((50m, (CampaignStatus?)null), (run.Metadata.DailyBudget, run.Metadata.Status));
        Assert.Empty(_automation.Tags);

        Assert.Empty(Run([first, second], run.Metadata, Now.AddMinutes(59), options).Firings);
        var later = Run([first, second], run.Metadata, Now.AddMinutes(61), options);
        Assert.Equal([(FiringKind.Fired, ActionResult.Unchanged), (FiringKind.Fired, ActionResult.Applied)], later.Firings.Select(f => (f.Kind, f.Actions[0].Result)));
        Assert.Equal((70m, (CampaignStatus?)CampaignStatus.Paused), (later.Metadata.DailyBudget, later.Metadata.Status));
    }

    [Fact]
    public void CreativeRulesJudgeEachCreativeOnItsOwnDaysAndKeepItsControlApart()
    {
        Spend(200, adId: "a1");
        Spend(10, adId: "a2");
        Spend(5, adId: "a3");
        var rule = Rule(new RuleDefinition("Tired", [SpendAbove(100)], [new(RuleActionType.Pause)],
            new RuleScope(RuleLevel.Creative, CreativeIds: ["a1", "a2"])));

        var run = Run([rule], new CampaignMetadata(), Now);

        var firing = Assert.Single(run.Firings);
        Assert.Equal("meta:c-1/creative/a1", firing.Target);
        Assert.Equal(CampaignStatus.Paused, _automation.Targets[firing.Target].Status);
        Assert.False(run.MetadataChanged);
        Assert.Equal((firing.Target, "status"), (Assert.Single(_automation.Pending.Values).Target, "status"));
    }

    [Fact]
    public void ACampaignOutsideTheScopeOrADisabledLevelIsNotJudged()
    {
        Spend(150);
        var otherPlatform = Rule(new RuleDefinition("Google only", [SpendAbove(100)], [new(RuleActionType.Pause)], new RuleScope(Platforms: ["google"])));
        var segment = Rule(new RuleDefinition("Segments", [SpendAbove(100)], [new(RuleActionType.Tag, Tag: "x")], new RuleScope(RuleLevel.Segment)));

        Assert.Empty(Run([otherPlatform, segment], new CampaignMetadata(), Now).Firings);
    }

    [Fact]
    public void SegmentRulesJudgeOnlyTheSegmentsTheyListAndTagThem()
    {
        var tagYoung = Rule(new RuleDefinition("Young spenders", [SpendAbove(100)], [new(RuleActionType.Tag, Tag: "hot")], new RuleScope(RuleLevel.Segment, Segments: ["age:25-34"])));
        var campaignRule = Rule(new RuleDefinition("Campaigns", [SpendAbove(100)], [new(RuleActionType.Pause)]));
        var days = (DateOnly from, DateOnly to) => from <= Today && Today <= to ? new MetricTotals(1000, 0, 10, 150, 1, 0) : MetricTotals.Zero;
        var runner = new RuleRunner(new AutomationOptions());

        var young = runner.RunSegment(new GrainMarketing.Demographics.SegmentKey("acme", Dimension.Age, "25-34"), days, new RecentBuckets(), _automation, new RuleSet(1, [tagYoung, campaignRule]), Today, Now);
        var women = runner.RunSegment(new GrainMarketing.Demographics.SegmentKey("acme", Dimension.Gender, "female"), days, new RecentBuckets(), new AutomationState(), new RuleSet(1, [tagYoung, campaignRule]), Today, Now);

        var firing = Assert.Single(young.Firings);
        Assert.Equal((RuleLevel.Segment, "age:25-34", ActionResult.Applied), (firing.Level, firing.Target, firing.Actions[0].Result));
        Assert.Equal(["hot"], _automation.Tags);
        Assert.Empty(women.Firings);
    }

    private RuleRun Run(IReadOnlyList<RuleDetails> rules, CampaignMetadata metadata, DateTimeOffset now, AutomationOptions? options = null) =>
        new RuleRunner(options ?? new AutomationOptions()).Run(Campaign, metadata, _cells, new RecentBuckets(), _automation, new RuleSet(1, rules), Today, now);

    private void Spend(decimal spend, string? adId = null) =>
        _cells.Apply(new MetricItem(new MetricCell(Today, new Breakdown(), "s-1", adId ?? "a-0"), new MetricTotals(1000, 0, 10, spend, 1, 0), MetricKind.Snapshot));

    private static RuleCondition SpendAbove(decimal threshold) => new(RuleMetric.Spend, "today", RuleComparator.GreaterThan, threshold);

    private static RuleDetails Rule(RuleDefinition definition) =>
        new(Guid.NewGuid(), 1, definition with { Cooldown = definition.Cooldown ?? "24h" }, Now, "test", Now, "test");
}
