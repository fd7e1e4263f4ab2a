using GrainMarketing.Automation;
using GrainMarketing.Errors;

namespace GrainMarketing.UnitTests.Automation;

public sealed class RuleValidationTests
{
    private static readonly RuleDefinition Valid = new(
        "Pause expensive campaigns",
        [new RuleCondition(RuleMetric.Cpa, "3d", RuleComparator.GreaterThan, 40, Confidence: 0.95)],
        [new RuleAction(RuleActionType.Pause), new RuleAction(RuleActionType.Notify, Channels: ["ops"], Severity: AlertSeverity.Warning)],
        new RuleScope(RuleLevel.Campaign, Platforms: ["meta"], CampaignIds: ["meta:916"], CampaignNamePattern: "Winter*", Statuses: ["active"]),
        RuleMatch.All,
        new RuleGuards(MinSpend: 100),
        "12h");

    [Fact]
    public void ACompleteRuleHasNoErrors() => Assert.Empty(RuleValidation.Validate(Valid));

    [Fact]
    public void AnEmptyRuleNamesItsNameConditionsAndActions() =>
        Assert.Equal(["actions", "conditions", "name"], Fields(new RuleDefinition(null, null, null)));

    [Fact]
    public void EveryBadFieldIsNamedByItsPathAtOnce()
    {
        var rule = Valid with
        {
            Name = " ",
            Cooldown = "forever",
            Conditions =
            [
                new RuleCondition(null, "2d", null, 1),
                new RuleCondition(RuleMetric.Spend, "7d", RuleComparator.LessThan, 10, Change: -0.2m),
                new RuleCondition(RuleMetric.Impressions, "24h", RuleComparator.GreaterThan, 1000, Confidence: 0.95),
                new RuleCondition(RuleMetric.Ctr, "7d", RuleComparator.LessThan, Change: -1.5m),
            ],
            Actions =
            [
                new RuleAction(RuleActionType.SetBudget),
                new RuleAction(RuleActionType.ScaleBudget, Percent: 0, Min: 50, Max: 10),
                new RuleAction(RuleActionType.Notify),
                new RuleAction(RuleActionType.Tag, Tag: "bad<tag>"),
                new RuleAction(null),
            ],
            Scope = new RuleScope(Platforms: ["myspace"], CampaignIds: ["916"], Statuses: ["running"], Segments: ["shoe-size:42"]),
            Guards = new RuleGuards(MinSpend: -1),
        };

        Assert.Equal(
        [
            "actions[0].amount", "actions[1].max", "actions[1].percent", "actions[2].channels", "actions[2].severity", "actions[3].tag",
            "actions[4].type", "conditions[0].comparator", "conditions[0].metric", "conditions[0].window", "conditions[1].threshold",
            "conditions[2].confidence", "conditions[3].change", "cooldown", "guards", "name",
            "scope.campaignIds", "scope.platforms", "scope.segments", "scope.statuses",
        ], Fields(rule));
    }

    [Theory]
    [InlineData(RuleMetric.Cpa, 0.5)]
    [InlineData(RuleMetric.Cpa, 1.0)]
    [InlineData(RuleMetric.Spend, 0.95)]
    [InlineData(RuleMetric.Aov, 0.95)]
    public void ConfidenceIsForPosteriorKpisBetweenAHalfAndOne(RuleMetric metric, double confidence) =>
        Assert.Equal(["conditions[0].confidence"], Fields(Valid with { Conditions = [new RuleCondition(metric, "3d", RuleComparator.GreaterThan, 1, Confidence: confidence)] }));

    [Fact]
    public void ASegmentRuleCanOnlyNotifyOrTagAndACreativeRuleCannotTouchBudgets()
    {
        var segment = Valid with { Scope = new RuleScope(RuleLevel.Segment, Segments: ["age:25-34"]) };
        var creative = Valid with
        {
            Scope = new RuleScope(RuleLevel.Creative),
            Actions = [new RuleAction(RuleActionType.Pause), new RuleAction(RuleActionType.ScaleBudget, Percent: 10)],
        };

        Assert.Equal(["actions[0].type"], Fields(segment));
        Assert.Equal(["actions[1].type"], Fields(creative));
    }

    [Fact]
    public void PausingAndResumingInOneRuleIsRefused() =>
        Assert.Equal(["actions"], Fields(Valid with { Actions = [new RuleAction(RuleActionType.Pause), new RuleAction(RuleActionType.Resume)] }));

    [Theory]
    [InlineData("30m", 30)]
    [InlineData("6h", 360)]
    [InlineData("7d", 10080)]
    public void DurationsReadMinutesHoursAndDays(string text, int minutes)
    {
        Assert.True(RuleWindows.TryParse(text, out var duration));
        Assert.Equal(TimeSpan.FromMinutes(minutes), duration);
    }

    [Theory]
    [InlineData("")]
    [InlineData("0h")]
    [InlineData("-1d")]
    [InlineData("1w")]
    [InlineData("h")]
    [InlineData("9999999d")]
    public void OtherDurationsAreNot(string text) => Assert.False(RuleWindows.TryParse(text, out _));

    [Fact]
    public void EveryTemplateMakesAValidRuleFromItsRequiredParameters()
    {
        var parameters = new RuleTemplateParameters(Threshold: 40, MinSpend: 100, MaxBudget: 500, Channels: ["ops"]);
        foreach (var template in RuleTemplates.All)
        {
            var rule = RuleTemplates.Instantiate(template.Id, parameters);
            Assert.True(RuleValidation.Validate(rule).Count == 0, $"{template.Id}: {string.Join(", ", RuleValidation.Validate(rule).Keys)}");
        }
    }

    [Fact]
    public void ATemplateNamesEveryMissingParameterAndAnUnknownTemplateIsNotFound()
    {
        var missing = Assert.Throws<ValidationFailedException>(() => RuleTemplates.Instantiate("pause-poor-performers", new RuleTemplateParameters()));

        Assert.Equal(["minSpend", "threshold"], missing.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Throws<NotFoundException>(() => RuleTemplates.Instantiate("make-money", new RuleTemplateParameters()));
    }

    private static string[] Fields(RuleDefinition rule) => [.. RuleValidation.Validate(rule).Keys.Order(StringComparer.Ordinal)];
}
