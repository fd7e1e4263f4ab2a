using GrainMarketing.Automation;
using GrainMarketing.Dashboard.Components.Pages.Tenant.Automation;
using GrainMarketing.Dashboard.Components.Shared;

namespace GrainMarketing.DashboardTests;

/// <summary>The rule editor places every message the rules API can send at an input, and the rest in the form's problem.</summary>
public sealed class RuleFieldErrorsTests
{
    /// <summary>Rules that together break every check of the API's rule and backtest validation.</summary>
    private static readonly RuleDefinition[] BadRules =
    [
        new(" ", null, null, Description: new string('x', 501), Cooldown: "forever", Guards: new RuleGuards(MinSpend: -1)),
        new("r", [null!, new RuleCondition(null, "2h", null), new RuleCondition(RuleMetric.Spend, "1h", RuleComparator.GreaterThan, -1, Confidence: 0.9)],
            [null!, new RuleAction(null), new RuleAction(RuleActionType.SetBudget), new RuleAction(RuleActionType.ScaleBudget, Min: 5, Max: 1),
             new RuleAction(RuleActionType.Notify, Channels: [" "]), new RuleAction(RuleActionType.Tag, Tag: "#"), new RuleAction(RuleActionType.Pause),
             new RuleAction(RuleActionType.Resume)],
            new RuleScope(RuleLevel.Segment, ["myspace"], ["x"], "", ["gone"], ["a b"], ["c d"], ["shoe:9"])),
        new("r", [new RuleCondition(RuleMetric.Cpa, "7d", RuleComparator.LessThan, Change: -2m), new RuleCondition(RuleMetric.Spend, "7d", RuleComparator.LessThan, 1, Confidence: 0.4),
                  new RuleCondition(RuleMetric.Cpa, "7d", RuleComparator.LessThan, Change: 0.1m, Confidence: 0.9), new RuleCondition(RuleMetric.BudgetUsed, "6h", RuleComparator.GreaterThan, 1)],
            [new RuleAction(RuleActionType.SetBudget, Amount: 1)], new RuleScope(RuleLevel.Creative)),
    ];

    public static TheoryData<string> KeysTheApiNames()
    {
        var keys = new TheoryData<string>();
        foreach (var key in BadRules.SelectMany(rule => RuleValidation.Validate(rule).Keys.Concat(BacktestValidation.Validate(rule, null).Keys)).Distinct())
        {
            keys.Add(key);
        }

        // A value of the wrong type is named by the JSON reader's path.
        foreach (var key in new[] { "guards.minSpend", "guards.minImpressions", "guards.minConversions", "match", "enabled", "dryRun", "scope", "actions[0].min", "$.conditions[0].threshold" })
        {
            keys.Add(key);
        }

        return keys;
    }

    [Theory]
    [MemberData(nameof(KeysTheApiNames))]
    public void EveryFieldTheRulesApiNamesHasAnInputInTheEditor(string key) =>
        Assert.NotNull(RuleFieldErrors.InputOf(key, conditions: 10, actions: 10));

    [Fact]
    public void TheBadRulesBreakEnoughChecksForTheListAboveToMeanSomething()
    {
        var named = BadRules.SelectMany(rule => RuleValidation.Validate(rule).Keys).Distinct().Count();
        Assert.True(named >= 30, $"the bad rules break only {named} fields");
    }

    [Theory]
    [InlineData("conditions[0].threshold", "conditions[0].value")]
    [InlineData("conditions[2].change", "conditions[2].value")]
    [InlineData("Conditions[1].Window", "conditions[1].window")]
    [InlineData("actions[1].channels[3]", "actions[1].channels")]
    [InlineData("actions[0]", "actions[0]")]
    [InlineData("conditions[1].unknown", "conditions[1]")]
    [InlineData("scope.campaignIds", "scope.campaignIds")]
    [InlineData("$.guards.minSpend", "guards.minSpend")]
    public void AKeyIsShownAtTheInputThatHoldsItsValue(string key, string input) =>
        Assert.Equal(input, RuleFieldErrors.InputOf(key, conditions: 3, actions: 2));

    [Theory]
    [InlineData("If-Match")]
    [InlineData("$")]
    [InlineData("conditions[3].metric")]
    [InlineData("actions[2]")]
    [InlineData("to")]
    public void AKeyNoInputHoldsHasNoPlace(string key) => Assert.Null(RuleFieldErrors.InputOf(key, conditions: 3, actions: 2));

    [Fact]
    public void MessagesGoToTheirInputsAndTheRestToTheFormProblem()
    {
        var failure = new ApiFailure(400, "See errors.", new Dictionary<string, string[]>
        {
            ["conditions[0].threshold"] = ["Must not be negative: no sum or KPI is."],
            ["conditions[0].change"] = ["Give exactly one."],
            ["actions[0].channels[1]"] = ["No alert channel has this name or id."],
            ["If-Match"] = ["A rule version such as \"3\"."],
        });

        var errors = RuleFieldErrors.From(failure, conditions: 1, actions: 1);

        Assert.Equal("Must not be negative: no sum or KPI is. Give exactly one.", errors.For("conditions[0].value"));
        Assert.Equal("No alert channel has this name or id.", errors.For("actions[0].channels"));
        Assert.Equal(2, errors.Placed);
        Assert.Equal("If-Match: A rule version such as \"3\".", errors.Unplaced?.Reason);
        Assert.Null(errors.For("name"));
    }

    [Fact]
    public void ARefusalThatNamesNoFieldIsShownWhole()
    {
        var conflict = new ApiFailure(409, "The rule has moved past version 2.", new Dictionary<string, string[]>());

        var errors = RuleFieldErrors.From(conflict, conditions: 1, actions: 1);

        Assert.Same(conflict, errors.Unplaced);
        Assert.Equal(0, errors.Placed);
    }
}
