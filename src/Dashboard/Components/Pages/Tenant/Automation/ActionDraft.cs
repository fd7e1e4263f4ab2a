using GrainMarketing.Dashboard.Api.Client.Models;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Automation;

/// <summary>One action row of the rule editor; only the fields its kind uses are sent.</summary>
public sealed class ActionDraft
{
    public RuleActionType? Type { get; set; } = RuleActionType.Pause;

    public double? Amount { get; set; }

    public double? Percent { get; set; }

    public double? Min { get; set; }

    public double? Max { get; set; }

    /// <summary>Channel names or ids, separated by commas.</summary>
    public string? Channels { get; set; }

    public AlertSeverity? Severity { get; set; } = AlertSeverity.Warning;

    public string? Tag { get; set; }

    public static ActionDraft From(RuleAction action) => new()
    {
        Type = action.Type,
        Amount = action.Amount,
        Percent = action.Percent,
        Min = action.Min,
        Max = action.Max,
        Channels = action.Channels is { Count: > 0 } channels ? string.Join(", ", channels) : null,
        Severity = action.Severity ?? AlertSeverity.Warning,
        Tag = action.Tag,
    };

    public RuleAction ToAction() => new()
    {
        Type = Type,
        Amount = Type == RuleActionType.SetBudget ? Amount : null,
        Percent = Type == RuleActionType.ScaleBudget ? Percent : null,
        Min = Type == RuleActionType.ScaleBudget ? Min : null,
        Max = Type == RuleActionType.ScaleBudget ? Max : null,
        Channels = Type == RuleActionType.Notify ? RuleDraft.ListOf(Channels) ?? [] : null,
        Severity = Type == RuleActionType.Notify ? Severity : null,
        Tag = Type == RuleActionType.Tag ? Tag : null,
    };
}
