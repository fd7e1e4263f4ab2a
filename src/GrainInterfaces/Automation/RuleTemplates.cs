using GrainMarketing.Errors;

namespace GrainMarketing.Automation;

/// <summary>The built-in rules of issue 5, as templates that turn a few parameters into a full <see cref="RuleDefinition"/>.</summary>
public static class RuleTemplates
{
    public static readonly IReadOnlyList<RuleTemplate> All =
    [
        new("pause-poor-performers", "Pause poor performers",
            "Pauses a campaign whose CPA is above the threshold over 3 days with at least 90% confidence, once it has spent minSpend.",
            ["threshold", "minSpend"],
            p => Rule(p, "Pause poor performers",
                [new RuleCondition(RuleMetric.Cpa, "3d", RuleComparator.GreaterThan, p.Threshold, Confidence: 0.9)],
                [new RuleAction(RuleActionType.Pause)],
                guards: new RuleGuards(MinSpend: p.MinSpend))),
        new("scale-winners", "Scale winners",
            "Raises the daily budget by percent (20 by default) when ROAS is above the threshold over 7 days, up to maxBudget.",
            ["threshold", "maxBudget"],
            p => Rule(p, "Scale winners",
                [new RuleCondition(RuleMetric.Roas, "7d", RuleComparator.GreaterThan, p.Threshold)],
                [new RuleAction(RuleActionType.ScaleBudget, Percent: p.Percent ?? 20, Max: p.MaxBudget)],
                guards: new RuleGuards(MinConversions: 10))),
        new("creative-fatigue", "Creative fatigue",
            "Tags a creative (and notifies the channels, if given) when its CTR fell 30% against the previous 7 days while its impressions kept rising.",
            [],
            p => Rule(p, "Creative fatigue",
                [
                    new RuleCondition(RuleMetric.Ctr, "7d", RuleComparator.LessOrEqual, Change: -0.3m),
                    new RuleCondition(RuleMetric.Impressions, "7d", RuleComparator.GreaterThan, Change: 0m),
                ],
                [new RuleAction(RuleActionType.Tag, Tag: "creative-fatigue"), .. Notify(p, AlertSeverity.Warning)],
                scope: new RuleScope(RuleLevel.Creative),
                guards: new RuleGuards(MinImpressions: 10_000))),
        new("high-cpa-alert", "High-CPA alert",
            "Alerts the channels when a campaign's CPA over 24 hours is above the threshold with 95% confidence.",
            ["threshold", "channels"],
            p => Rule(p, "High-CPA alert",
                [new RuleCondition(RuleMetric.Cpa, "24h", RuleComparator.GreaterThan, p.Threshold, Confidence: 0.95)],
                [.. Notify(p, AlertSeverity.Error)],
                cooldown: "6h")),
        new("overspend-pacing", "Overspend pacing",
            "Alerts the channels when today's spend is above 120% of the campaign's daily budget (or the threshold share, such as 1.5).",
            ["channels"],
            p => Rule(p, "Overspend pacing",
                [new RuleCondition(RuleMetric.BudgetUsed, "today", RuleComparator.GreaterThan, p.Threshold ?? 1.2m)],
                [.. Notify(p, AlertSeverity.Critical)],
                cooldown: "6h")),
    ];

    /// <summary>The template's rule for <paramref name="parameters"/>; every missing parameter is named at once.</summary>
    /// <exception cref="NotFoundException">No template has this id.</exception>
    /// <exception cref="ValidationFailedException">A required parameter is missing.</exception>
    public static RuleDefinition Instantiate(string id, RuleTemplateParameters parameters)
    {
        var template = All.FirstOrDefault(t => t.Id == id) ?? throw new NotFoundException("Rule template", id);
        var missing = template.Required.Where(name => name switch
        {
            "threshold" => parameters.Threshold is null,
            "minSpend" => parameters.MinSpend is null,
            "maxBudget" => parameters.MaxBudget is null,
            "channels" => parameters.Channels is not { Count: > 0 },
            _ => false,
        }).ToDictionary(name => name, _ => new[] { $"Required by the {template.Id} template." });
        return missing.Count > 0 ? throw new ValidationFailedException(missing) : template.Build(parameters);
    }

    private static IEnumerable<RuleAction> Notify(RuleTemplateParameters p, AlertSeverity severity) =>
        p.Channels is { Count: > 0 } channels ? [new RuleAction(RuleActionType.Notify, Channels: channels, Severity: severity)] : [];

    private static RuleDefinition Rule(
        RuleTemplateParameters p, string name, IReadOnlyList<RuleCondition> conditions, IReadOnlyList<RuleAction> actions,
        RuleScope? scope = null, RuleGuards? guards = null, string cooldown = "24h") =>
        new(p.Name ?? name, conditions, actions, scope, RuleMatch.All, guards, cooldown, Enabled: true, DryRun: p.DryRun);
}
