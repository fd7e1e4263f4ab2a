using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Automation;

/// <summary>A rule read aloud: its conditions, actions and scope as a marketer would say them.</summary>
public static class RuleWords
{
    public static readonly IReadOnlyList<string> Windows = ["1h", "6h", "12h", "24h", "today", "3d", "7d", "14d", "30d"];

    public static string Metric(RuleMetric? metric) => metric switch
    {
        RuleMetric.Ctr => "CTR",
        RuleMetric.Cpc => "CPC",
        RuleMetric.Cpm => "CPM",
        RuleMetric.Cpa => "CPA",
        RuleMetric.Cvr => "CVR",
        RuleMetric.Roas => "ROAS",
        RuleMetric.Aov => "AOV",
        RuleMetric.ConversionValue => "Conversion value",
        RuleMetric.BudgetUsed => "Budget used",
        null => "?",
        _ => metric.ToString()!,
    };

    public static string Comparator(RuleComparator? comparator) => comparator switch
    {
        RuleComparator.Gt => ">",
        RuleComparator.Gte => "≥",
        RuleComparator.Lt => "<",
        RuleComparator.Lte => "≤",
        _ => "?",
    };

    public static string Window(string? window) => window switch
    {
        "today" => "today",
        null => "?",
        _ => $"over {window}",
    };

    /// <summary>"CPA over 3d > 40 with 90% confidence", or "CTR over 7d changed ≤ -30% against the 7d before".</summary>
    public static string Condition(RuleCondition condition)
    {
        var head = $"{Metric(condition.Metric)} {Window(condition.Window)}";
        var confidence = condition.Confidence is { } p ? $" with {p.ToString("0.#%", CultureInfo.InvariantCulture)} confidence" : "";
        return condition.Change is { } change && condition.Threshold is null
            ? $"{head} changed {Comparator(condition.Comparator)} {change.ToString("+0.#%;-0.#%;0%", CultureInfo.InvariantCulture)} against the window before"
            : $"{head} {Comparator(condition.Comparator)} {Number(condition.Threshold)}{confidence}";
    }

    public static string Conditions(RuleDefinition rule) =>
        string.Join(rule.Match == RuleMatch.Any ? " or " : " and ", (rule.Conditions ?? []).Select(Condition));

    public static string Action(RuleAction action, string? currency = null) => action.Type switch
    {
        RuleActionType.Pause => "pause",
        RuleActionType.Resume => "resume",
        RuleActionType.SetBudget => $"set the daily budget to {Formats.Money(action.Amount, currency)}",
        RuleActionType.ScaleBudget => $"change the daily budget by {Number(action.Percent)}%{Caps(action, currency)}",
        RuleActionType.Notify => $"notify {string.Join(", ", action.Channels ?? [])} ({action.Severity?.ToString().ToLowerInvariant() ?? "?"})",
        RuleActionType.Tag => $"tag \"{action.Tag}\"",
        _ => "?",
    };

    public static string Actions(RuleDefinition rule, string? currency = null) => string.Join("; ", (rule.Actions ?? []).Select(a => Action(a, currency)));

    /// <summary>"Campaigns on meta, active, named Summer*", or "Every campaign".</summary>
    public static string Scope(RuleScope? scope)
    {
        var level = (scope?.Level ?? RuleLevel.Campaign) switch
        {
            RuleLevel.AdSet => "ad sets",
            RuleLevel.Creative => "creatives",
            RuleLevel.Segment => "segments",
            _ => "campaigns",
        };
        var narrowing = new[]
        {
            scope?.Platforms is { Count: > 0 } platforms ? "on " + string.Join(", ", platforms) : null,
            scope?.Statuses is { Count: > 0 } statuses ? string.Join(", ", statuses) : null,
            scope?.CampaignNamePattern is { Length: > 0 } pattern ? $"named {pattern}" : null,
            scope?.CampaignIds is { Count: > 0 } ids ? string.Join(", ", ids) : null,
            scope?.AdSetIds is { Count: > 0 } adSets ? "ad sets " + string.Join(", ", adSets) : null,
            scope?.CreativeIds is { Count: > 0 } creatives ? "creatives " + string.Join(", ", creatives) : null,
            scope?.Segments is { Count: > 0 } segments ? string.Join(", ", segments) : null,
        }.OfType<string>().ToList();
        return narrowing.Count == 0 ? $"Every one of the tenant's {level}" : $"{char.ToUpperInvariant(level[0])}{level[1..]}: {string.Join("; ", narrowing)}";
    }

    public static string Number(double? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "?";

    private static string Caps(RuleAction action, string? currency) => (action.Min, action.Max) switch
    {
        (null, null) => "",
        ({ } min, null) => $", not below {Formats.Money(min, currency)}",
        (null, { } max) => $", up to {Formats.Money(max, currency)}",
        ({ } min, { } max) => $", between {Formats.Money(min, currency)} and {Formats.Money(max, currency)}",
    };
}
