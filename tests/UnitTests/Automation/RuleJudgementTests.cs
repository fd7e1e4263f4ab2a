using GrainMarketing.Automation;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Automation;

public sealed class RuleJudgementTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 10, 30, 0, TimeSpan.Zero);

    private static readonly RuleDetails Notify = Rule("Tell ops", new RuleAction(RuleActionType.Notify, Channels: ["ops"]), new RuleAction(RuleActionType.Notify, Channels: ["cfo"]));
    private static readonly RuleDetails Pause = Rule("Pause", new RuleAction(RuleActionType.Pause));
    private static readonly RuleSet Rules = new(1, [Notify, Pause]);

    [Fact]
    public void TheRunsFiringsComeBeforeTheRestatementsInTheLog()
    {
        var fired = Firing(Notify, FiringKind.Fired);
        var reversed = Firing(Pause, FiringKind.Reversed);

        var judgement = new RuleJudgement(Run(fired), [(reversed, Pause.Definition)]);

        Assert.Equal([fired, reversed], judgement.Entries);
    }

    [Fact]
    public void AFiredRuleRaisesOneAlertPerNotifyActionAndADryRunRaisesNone()
    {
        var judgement = new RuleJudgement(Run(Firing(Notify, FiringKind.Fired), Firing(Notify, FiringKind.Fired, dryRun: true), Firing(Pause, FiringKind.Fired)), []);

        var alerts = judgement.Alerts(Rules).ToList();

        Assert.Equal([["ops"], ["cfo"]], alerts.Select(alert => alert.Channels));
        Assert.All(alerts, alert => Assert.Equal("rule.fired", alert.Kind));
    }

    [Fact]
    public void AFiringOfARuleNoLongerInTheSetRaisesNothing()
    {
        var judgement = new RuleJudgement(Run(Firing(Notify, FiringKind.Fired)), []);

        Assert.Empty(judgement.Alerts(new RuleSet(2, [Pause])));
    }

    [Fact]
    public void EachRestatementRaisesAWarningUnlessItsRuleIsADryRun()
    {
        var judgement = new RuleJudgement(Run(), [(Firing(Pause, FiringKind.Reversed), Pause.Definition), (Firing(Pause, FiringKind.Missed, dryRun: true), Pause.Definition)]);

        var alert = Assert.Single(judgement.Alerts(Rules));

        Assert.Equal("rule.reversed", alert.Kind);
    }

    private static RuleRun Run(params RuleFiring[] firings) => new(new CampaignMetadata(), firings, []);

    private static RuleDetails Rule(string name, params RuleAction[] actions) => new(
        Guid.NewGuid(), 1, new RuleDefinition(name, [new RuleCondition(RuleMetric.Spend, "today", RuleComparator.GreaterThan, 100)], actions), Now, "ana", Now, "ana");

    private static RuleFiring Firing(RuleDetails rule, FiringKind kind, bool dryRun = false) => new(
        Guid.NewGuid(), "acme", rule.Id, rule.Version, rule.Definition.Name!, RuleLevel.Campaign, "meta:c-1", kind, dryRun, Now,
        DateOnly.FromDateTime(Now.UtcDateTime), [], [.. rule.Definition.Actions!.Select(action => new ActionOutcome(action.Type!.Value, dryRun ? ActionResult.WouldApply : ActionResult.Applied))]);
}
