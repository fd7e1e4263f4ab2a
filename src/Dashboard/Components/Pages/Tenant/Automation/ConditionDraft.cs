using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Automation;

/// <summary>One condition row of the rule editor: the metric over a window against a value or against its change.</summary>
public sealed class ConditionDraft
{
    public RuleMetric? Metric { get; set; } = RuleMetric.Spend;

    public string? Window { get; set; } = "today";

    public RuleComparator? Comparator { get; set; } = RuleComparator.Gt;

    /// <summary>Whether <see cref="Value"/> is a threshold or a relative change over the previous window.</summary>
    public ConditionTarget Against { get; set; } = ConditionTarget.Threshold;

    public double? Value { get; set; }

    public double? Confidence { get; set; }

    /// <summary>The API's name of the field <see cref="Value"/> stands for.</summary>
    public string ValueField => Against == ConditionTarget.Change ? "change" : "threshold";

    public static ConditionDraft From(RuleCondition condition) => new()
    {
        Metric = condition.Metric,
        Window = condition.Window,
        Comparator = condition.Comparator,
        Against = condition.Change is not null && condition.Threshold is null ? ConditionTarget.Change : ConditionTarget.Threshold,
        Value = condition.Change is not null && condition.Threshold is null ? condition.Change : condition.Threshold,
        Confidence = condition.Confidence,
    };

    public RuleCondition ToCondition() => new()
    {
        Metric = Metric,
        Window = Window,
        Comparator = Comparator,
        Threshold = Against == ConditionTarget.Threshold ? Value : null,
        Change = Against == ConditionTarget.Change ? Value : null,
        Confidence = Confidence,
    };
}
