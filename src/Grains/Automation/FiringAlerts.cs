using System.Globalization;
using GrainMarketing.Alerts;

namespace GrainMarketing.Automation;

/// <summary>The alerts a firing raises, and the plain words they carry: every condition's evidence and every action's outcome.</summary>
public static class FiringAlerts
{
    /// <summary>One alert per notify action of the rule, to that action's channels at its severity.</summary>
    public static IEnumerable<Alert> For(RuleFiring firing, RuleDefinition rule) =>
        rule.Actions!.Where(action => action.Type == RuleActionType.Notify).Select(action => new Alert(
            "rule.fired",
            action.Severity ?? AlertSeverity.Warning,
            $"{firing.RuleName}: {firing.Target}",
            Describe(firing),
            $"rule:{firing.RuleId}:{firing.Target}",
            firing.At,
            action.Channels,
            firing.RuleId,
            firing.Target,
            Fields(firing)));

    /// <summary>A reversal or a miss, to the channels the rule notifies (or by severity when it notifies none), as a warning.</summary>
    public static Alert ForRestatement(RuleFiring entry, RuleDefinition rule)
    {
        var channels = rule.Actions!.Where(a => a.Type == RuleActionType.Notify).SelectMany(a => a.Channels ?? []).Distinct(StringComparer.Ordinal).ToList();
        var reversed = entry.Kind == FiringKind.Reversed;
        var day = entry.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var title = reversed
            ? $"Decision reversed: {entry.RuleName} on {entry.Target} ({day})"
            : $"Missed: {entry.RuleName} holds on {entry.Target} for {day}";
        var why = reversed
            ? "Restated numbers no longer support this firing; what it did is still in place."
            : "Restated numbers make this rule hold for a day on which it did not fire; nothing was done.";
        return new Alert(
            reversed ? "rule.reversed" : "rule.missed",
            AlertSeverity.Warning,
            title,
            $"{why}\n{Describe(entry)}",
            $"{(reversed ? "reversed" : "missed")}:{entry.RuleId}:{entry.Target}:{day}",
            entry.At,
            channels.Count > 0 ? channels : null,
            entry.RuleId,
            entry.Target,
            Fields(entry));
    }

    public static string Describe(RuleFiring firing) => string.Join('\n',
        firing.Conditions.Select(Describe).Concat(firing.Actions.Select(Describe)));

    public static IReadOnlyDictionary<string, string> Fields(RuleFiring firing) => new Dictionary<string, string>
    {
        ["rule"] = firing.RuleName,
        ["ruleVersion"] = firing.RuleVersion.ToString(CultureInfo.InvariantCulture),
        ["target"] = firing.Target,
        ["day"] = firing.Day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        ["firingId"] = (firing.RelatesTo ?? firing.Id).ToString(),
    };

    private static string Describe(ConditionEvidence evidence)
    {
        var condition = evidence.Condition;
        var metric = $"{EnumNames.Camel(condition.Metric.ToString()!)} over {condition.Window}";
        var comparator = Symbol(condition.Comparator!.Value);
        var seen = condition.Change is { } change
            ? $"{metric}: {Number(evidence.Value)} against {Number(evidence.Previous)} before, a change of {Percent(evidence.Change)} ({comparator} {Percent(change)})"
            : $"{metric}: {Number(evidence.Value)} ({comparator} {Number(condition.Threshold)})";
        var probability = evidence.Probability is { } p ? $", probability {p.ToString("0.000", CultureInfo.InvariantCulture)} (needs {condition.Confidence!.Value.ToString("0.###", CultureInfo.InvariantCulture)})" : "";
        var guard = evidence.GuardMet ? "" : ", guard not met";
        return $"{seen}{probability}{guard}";
    }

    private static string Describe(ActionOutcome outcome)
    {
        var change = outcome.From is not null || outcome.To is not null ? $" ({outcome.From ?? "none"} -> {outcome.To ?? "none"})" : "";
        return $"{EnumNames.Camel(outcome.Type.ToString())}: {EnumNames.Camel(outcome.Result.ToString())}{change}{(outcome.Detail is { } detail ? $" {detail}" : "")}";
    }

    private static string Symbol(RuleComparator comparator) => comparator switch
    {
        RuleComparator.GreaterThan => ">",
        RuleComparator.GreaterOrEqual => ">=",
        RuleComparator.LessThan => "<",
        _ => "<=",
    };

    private static string Number(decimal? value) => value?.ToString("0.####", CultureInfo.InvariantCulture) ?? "n/a";

    private static string Percent(decimal? share) => share is { } s ? (s * 100).ToString("+0.#;-0.#;0", CultureInfo.InvariantCulture) + "%" : "n/a";
}
