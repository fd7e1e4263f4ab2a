using GrainMarketing.Automation;
using GrainMarketing.Campaigns;

namespace GrainMarketing.UnitTests.Automation;

public sealed class BacktestValidationTests
{
    private static readonly DateRange March = new(new DateOnly(2026, 3, 1), new DateOnly(2026, 3, 31));

    [Fact]
    public void HourWindowsBut24hAndSegmentRulesAreNamedEachAtOnce()
    {
        var rule = new RuleDefinition("Hours",
            [Spend("1h"), Spend("24h"), Spend("6h"), Spend("7d"), Spend("12h"), Spend("today")],
            [new RuleAction(RuleActionType.Tag, Tag: "x")], new RuleScope(RuleLevel.Segment));

        Assert.Equal(["conditions[0].window", "conditions[2].window", "conditions[4].window", "scope.level"],
            BacktestValidation.Validate(rule, March).Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData(2026, 3, 1, 2026, 3, 1, null)]
    [InlineData(2025, 3, 1, 2026, 3, 1, null)]
    [InlineData(2025, 3, 1, 2026, 3, 2, "to")]
    [InlineData(2026, 3, 2, 2026, 3, 1, "to")]
    public void ARangeRunsForwardForAtMost366Days(int fromYear, int fromMonth, int fromDay, int toYear, int toMonth, int toDay, string? field)
    {
        var range = new DateRange(new DateOnly(fromYear, fromMonth, fromDay), new DateOnly(toYear, toMonth, toDay));
        var rule = new RuleDefinition("Days", [Spend("30d")], [new RuleAction(RuleActionType.Pause)]);

        Assert.Equal(field is null ? [] : [field], BacktestValidation.Validate(rule, range).Keys);
        Assert.Empty(BacktestValidation.Validate(rule, null));
    }

    private static RuleCondition Spend(string window) => new(RuleMetric.Spend, window, RuleComparator.GreaterThan, 1);
}
