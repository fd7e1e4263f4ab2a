using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Automation;

public sealed class RuleBacktestTests
{
    /// <summary>Day 1 of every backtest here; day 0 and earlier are the look-back before the range.</summary>
    private static readonly DateOnly Start = new(2026, 3, 1);
    private static readonly CampaignKey Campaign = new("acme", AdPlatform.Meta, "c-1");

    private readonly List<KeyValuePair<MetricCell, MetricTotals>> _cells = [];

    [Fact]
    public void ARuleFiresOnEveryDayItHoldsAsAtTheEndOfThatDayWithWindowsReachingBackBeforeTheRange()
    {
        Report(0, spend: 100);
        Report(1, spend: 30);
        Report(2, spend: 10);
        Report(3, spend: 5);
        Report(4, spend: 130);
        var rule = new RuleDefinition("Heavy", [new RuleCondition(RuleMetric.Spend, "3d", RuleComparator.GreaterThan, 120)], [new(RuleActionType.Tag, Tag: "heavy")], Cooldown: "2d");

        var backtest = Run(rule, days: 4);

        Assert.Equal([(Day(1), 130m), (Day(4), 145m)], backtest.Firings.Select(f => (f.Day, Assert.Single(f.Conditions).Value!.Value)));
        Assert.All(backtest.Firings, f => Assert.Equal("meta:c-1", f.Target));
        Assert.Equal([ActionResult.WouldApply, ActionResult.Unchanged], backtest.Firings.Select(f => Assert.Single(f.Actions).Result));
        Assert.Equal(2, Assert.Single(backtest.Targets).Firings);
    }

    [Theory]
    [InlineData("6h", new[] { 1, 2, 3, 4, 5 })]
    [InlineData("24h", new[] { 1, 2, 3, 4, 5 })]
    [InlineData("30h", new[] { 1, 3, 5 })]
    [InlineData("3d", new[] { 1, 4 })]
    public void ACooldownCountsInWholeDaysFromTheFiringDay(string cooldown, int[] firingDays)
    {
        for (var day = 1; day <= 5; day++)
        {
            Report(day, spend: 150);
        }

        var backtest = Run(SpendAbove(100, [new(RuleActionType.Tag, Tag: "t")]) with { Cooldown = cooldown }, days: 5);

        Assert.Equal(firingDays.Select(Day), backtest.Firings.Select(f => f.Day));
    }

    [Fact]
    public void APauseSavesTheActualNumbersOfEveryLaterDayOfTheRangeAndADryRunIsSimulatedAlike()
    {
        Report(1, spend: 120, conversions: 2, value: 300);
        Report(2, spend: 90, conversions: 1, value: 100);
        Report(3, spend: 80, conversions: 1.5m, value: 50);
        Report(4, spend: 70, conversions: 0, value: 0);
        Report(5, spend: 999, conversions: 9, value: 999);

        var backtest = Run(SpendAbove(100, [new(RuleActionType.Pause)]) with { DryRun = true }, days: 4);

        var firing = Assert.Single(backtest.Firings);
        Assert.Equal((Day(1), RuleActionType.Pause, ActionResult.WouldApply, "active", "paused"),
            (firing.Day, firing.Actions[0].Type, firing.Actions[0].Result, firing.Actions[0].From, firing.Actions[0].To));
        Assert.Equal(new BacktestEffects("meta:c-1", 1, 240m, 2.5m, 150m, 0, 0, 0), Assert.Single(backtest.Targets));
    }

    [Fact]
    public void ATargetAlreadyPausedTodaySavesNothingWhenTheRulePausesIt()
    {
        Report(1, spend: 120);
        Report(2, spend: 90);

        var backtest = Run(SpendAbove(100, [new(RuleActionType.Pause)]), days: 2, new CampaignMetadata(Status: CampaignStatus.Paused));

        Assert.Equal(ActionResult.Unchanged, Assert.Single(Assert.Single(backtest.Firings).Actions).Result);
        Assert.Equal(new BacktestEffects("meta:c-1", 1, 0, 0, 0, 0, 0, 0), Assert.Single(backtest.Targets));
    }

    [Fact]
    public void ABudgetChangeScalesEachLaterDaysActualNumbersByTheSimulatedBudgetOverTodaysAsAnEstimate()
    {
        Report(1, spend: 160, conversions: 4, value: 400);
        Report(2, spend: 200, conversions: 4, value: 500);
        Report(3, spend: 60, conversions: 2, value: 120);

        var backtest = Run(SpendAbove(150, [new(RuleActionType.ScaleBudget, Percent: 50)]), days: 3, new CampaignMetadata(DailyBudget: 100));

        Assert.Equal([("100.00", "150.00"), ("150.00", "225.00")], backtest.Firings.Select(f => (f.Actions[0].From, f.Actions[0].To)));
        // Day 2 at 150/100: +50% of 200, 4, 500; day 3 at 225/100: +125% of 60, 2, 120.
        Assert.Equal(new BacktestEffects("meta:c-1", 2, 0, 0, 0, 175m, 4.5m, 400m), Assert.Single(backtest.Targets));
    }

    [Fact]
    public void EstimatesAreRoundedToHundredthsAndATargetWithoutABudgetGetsNone()
    {
        Report(1, spend: 120, conversions: 1, value: 10);
        Report(2, spend: 100, conversions: 1, value: 10);
        var setBudget = SpendAbove(110, [new(RuleActionType.SetBudget, Amount: 50)]);

        var scaled = Run(setBudget, days: 2, new CampaignMetadata(DailyBudget: 30));
        var unbudgeted = Run(setBudget, days: 2, new CampaignMetadata());

        Assert.Equal(new BacktestEffects("meta:c-1", 1, 0, 0, 0, 66.67m, 0.67m, 6.67m), Assert.Single(scaled.Targets));
        Assert.Equal(new BacktestEffects("meta:c-1", 1, 0, 0, 0, 0, 0, 0), Assert.Single(unbudgeted.Targets));
    }

    [Fact]
    public void TheScopesStatusesAreCheckedAgainstTheSimulatedStatus()
    {
        for (var day = 1; day <= 3; day++)
        {
            Report(day, spend: 150);
        }

        var activeOnly = SpendAbove(100, [new(RuleActionType.Pause)]) with { Scope = new RuleScope(Statuses: ["active"]) };

        Assert.Equal([Day(1)], Run(activeOnly, days: 3).Firings.Select(f => f.Day));
        Assert.Equal([Day(1), Day(2), Day(3)], Run(activeOnly with { Scope = null }, days: 3).Firings.Select(f => f.Day));
        Assert.Empty(Run(activeOnly, days: 3, new CampaignMetadata(Status: CampaignStatus.Paused)).Firings);
        Assert.Empty(Run(activeOnly with { Scope = new RuleScope(Platforms: ["google"]) }, days: 3).Firings);
    }

    [Fact]
    public void AdSetsAreJudgedEachOnTheirOwnDaysOnlyWhenTheyReportedInTheLookBackAsLive()
    {
        for (var day = 1; day <= 4; day++)
        {
            Report(day, spend: 100, conversions: 1, adSet: "s1");
        }

        Report(3, spend: 10, conversions: 1, adSet: "s3");
        Report(4, spend: 20, conversions: 1, adSet: "s3");
        Report(4, spend: 5, conversions: 1, adSet: "s2");
        Report(4, spend: 500);
        var cheap = new RuleDefinition("Cheap", [new RuleCondition(RuleMetric.Spend, "today", RuleComparator.LessThan, 50)], [new(RuleActionType.Pause)],
            new RuleScope(RuleLevel.AdSet, AdSetIds: ["s1", "s3"]), Cooldown: "1d");

        var backtest = Run(cheap, days: 4);

        Assert.Equal([(Day(3), "meta:c-1/adset/s3"), (Day(4), "meta:c-1/adset/s3")], backtest.Firings.Select(f => (f.Day, f.Target)));
        Assert.Equal(new BacktestEffects("meta:c-1/adset/s3", 2, 20m, 1m, 0, 0, 0, 0), Assert.Single(backtest.Targets));
    }

    [Fact]
    public void CreativesStartFromTheControlRulesLeftThemWith()
    {
        Report(1, spend: 150, adSet: "s1", ad: "a1");
        Report(1, spend: 150, adSet: "s1", ad: "a2");
        Report(2, spend: 40, adSet: "s1", ad: "a2");
        var automation = new AutomationState();
        automation.Targets["meta:c-1/creative/a1"] = new TargetControl(CampaignStatus.Paused, null, []);
        var rule = SpendAbove(100, [new(RuleActionType.Pause)]) with { Scope = new RuleScope(RuleLevel.Creative) };

        var backtest = Run(rule, days: 2, automation: automation);

        Assert.Equal([("meta:c-1/creative/a1", ActionResult.Unchanged), ("meta:c-1/creative/a2", ActionResult.WouldApply)],
            backtest.Firings.Select(f => (f.Target, Assert.Single(f.Actions).Result)));
        Assert.Equal([0m, 40m], backtest.Targets.Select(t => t.SpendSaved));
        Assert.Equal(CampaignStatus.Paused, automation.Targets["meta:c-1/creative/a1"].Status);
        Assert.Single(automation.Targets);
    }

    [Theory]
    [InlineData(RuleComparator.GreaterThan)]
    [InlineData(RuleComparator.LessThan)]
    public void AnUndefinedKpiNeverFires(RuleComparator comparator)
    {
        Report(1, spend: 500, conversions: 0);
        var rule = new RuleDefinition("Cpa", [new RuleCondition(RuleMetric.Cpa, "7d", comparator, 10)], [new(RuleActionType.Pause)]);

        var backtest = Run(rule, days: 1);

        Assert.Empty(backtest.Firings);
        Assert.Empty(backtest.Targets);
    }

    [Fact]
    public void A24hWindowIsJudgedAsTheDayAndTheAssumptionsSaySo()
    {
        Report(1, spend: 80);
        Report(2, spend: 100);
        var rule = new RuleDefinition("Rising", [new RuleCondition(RuleMetric.Spend, "24h", RuleComparator.GreaterThan, Change: 0.2m)], [new(RuleActionType.Tag, Tag: "up")]);

        var firing = Assert.Single(Run(rule, days: 2).Firings);

        Assert.Equal((Day(2), 100m, 80m, 0.25m), (firing.Day, firing.Conditions[0].Value, firing.Conditions[0].Previous, firing.Conditions[0].Change));
        Assert.Contains(RuleBacktest.Assumptions(rule), a => a.StartsWith("24h windows are judged as the day", StringComparison.Ordinal));
        Assert.DoesNotContain(RuleBacktest.Assumptions(SpendAbove(1, [new(RuleActionType.Pause)])), a => a.StartsWith("24h", StringComparison.Ordinal));
    }

    [Fact]
    public void MergedBacktestsListTheEarliestFiringsByDayThenTargetAndCountTheRest()
    {
        static BacktestFiring Firing(int day, string target) => new(Day(day), target, [], []);
        var many = Enumerable.Range(0, BacktestValidation.MaxFirings).Select(i => Firing(2 + (i / 100), $"meta:b/{i % 100:D3}")).ToList();
        var first = new CampaignBacktest([Firing(1, "meta:b"), Firing(1, "meta:a")], 0, [new BacktestEffects("meta:b", 2, 1, 0, 0, 0, 0, 0)]);
        var second = new CampaignBacktest(many, 3, [new BacktestEffects("meta:a", 1, 0, 0, 0, 2, 0, 0)]);

        var merged = RuleBacktest.Merge([first, second]);

        Assert.Equal([(Day(1), "meta:a"), (Day(1), "meta:b"), (Day(2), "meta:b/000")], merged.Firings.Take(3).Select(f => (f.Day, f.Target)));
        Assert.Equal((BacktestValidation.MaxFirings, 5), (merged.Firings.Count, merged.FiringsOmitted));
        Assert.Equal(many[^3], merged.Firings[^1]);
        Assert.Equal(["meta:a", "meta:b"], merged.Targets.Select(t => t.Target));
        Assert.Equal(new BacktestEffects(null, 3, 1, 0, 0, 2, 0, 0), BacktestEffects.Total(merged.Targets));
    }

    private CampaignBacktest Run(RuleDefinition rule, int days, CampaignMetadata? metadata = null, AutomationState? automation = null) =>
        RuleBacktest.Run(rule, Campaign, metadata ?? new CampaignMetadata(), automation ?? new AutomationState(), _cells, new DateRange(Start, Day(days)));

    private void Report(int day, decimal spend, decimal conversions = 0, decimal value = 0, string? adSet = null, string? ad = null) =>
        _cells.Add(new(new MetricCell(Day(day), new Breakdown(), adSet, ad), new MetricTotals(1000, 0, 10, spend, conversions, value)));

    private static DateOnly Day(int day) => Start.AddDays(day - 1);

    private static RuleDefinition SpendAbove(decimal threshold, IReadOnlyList<RuleAction> actions) =>
        new("Spend", [new RuleCondition(RuleMetric.Spend, "today", RuleComparator.GreaterThan, threshold)], actions, Cooldown: "24h");
}
