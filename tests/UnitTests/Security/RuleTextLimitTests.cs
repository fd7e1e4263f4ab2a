using GrainMarketing.Automation;

namespace GrainMarketing.UnitTests.Security;

/// <summary>The text a rule carries is bounded like every other text the API takes.</summary>
public sealed class RuleTextLimitTests
{
    [Fact]
    public void ANotifyActionWithAHugeChannelIdIsRefusedNamingIt()
    {
        var rule = new RuleDefinition(
            "Notify on cost",
            [new RuleCondition(RuleMetric.Cpa, "3d", RuleComparator.GreaterThan, 40)],
            [new RuleAction(RuleActionType.Notify, Channels: [new string('c', 10_000)], Severity: AlertSeverity.Warning)]);

        Assert.Equal(["actions[0].channels"], RuleValidation.Validate(rule).Keys);
    }
}
