using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>Judges again what rules decided once ad platforms restate past days, so nobody keeps a campaign paused on numbers that no longer stand.</summary>
/// <remarks>
/// Only days the campaign already held count as restated (a first import of old days is not a
/// restatement), and only within <see cref="AutomationOptions.RestatementHorizonDays"/>. Two outcomes,
/// each recorded once:
/// <list type="bullet">
/// <item>reversed: a firing whose window days were restated no longer holds when its conditions are
/// judged again on the same days (hour windows, which restatements do not touch, keep their evidence);</item>
/// <item>missed: a rule made only of day windows holds at the end of a restated day on which it
/// did not fire (nor within its cooldown before), and its current version already existed then.</item>
/// </list>
/// Nothing is undone or done: people decide, and the alert tells them.
/// </remarks>
public sealed class RestatementCheck(AutomationOptions options)
{
    /// <summary>The firings whose window days include a restated day and that are not reversed yet: their rule versions are needed to judge them again.</summary>
    public IReadOnlyList<RuleFiring> Affected(AutomationState automation, IReadOnlySet<DateOnly> restated, DateOnly today)
    {
        var horizon = today.AddDays(-options.RestatementHorizonDays);
        var reversed = automation.Recent.Where(f => f.Kind == FiringKind.Reversed).Select(f => f.RelatesTo).ToHashSet();
        return [.. automation.Recent.Where(f => f.Kind == FiringKind.Fired && f.Day >= horizon && !reversed.Contains(f.Id)
            && restated.Any(day => day <= f.Day && day > f.Day.AddDays(-Span(f.Conditions.Select(e => e.Condition)))))];
    }

    /// <param name="versions">The rule version each affected firing used, by firing id; firings without one (a rule version no longer kept) are left alone.</param>
    public IReadOnlyList<RuleFiring> Check(
        CampaignKey campaign, CampaignMetadata metadata, CampaignCells cells, AutomationState automation, RuleSet rules,
        IReadOnlyDictionary<Guid, RuleDetails> versions, IReadOnlySet<DateOnly> restated, DateOnly today, DateTimeOffset now)
    {
        var targets = new CampaignTargets(campaign, cells, automation, today);
        var found = new List<RuleFiring>();
        foreach (var firing in Affected(automation, restated, today))
        {
            if (versions.TryGetValue(firing.Id, out var rule))
            {
                var totals = new WindowTotals(targets.Days(firing.Target), null, firing.Day, now, targets.Control(firing.Target, metadata).DailyBudget);
                var again = Rejudge(rule.Definition, firing.Conditions, totals);
                if (!again.Holds)
                {
                    found.Add(firing with { Id = Guid.NewGuid(), Kind = FiringKind.Reversed, At = now, Conditions = again.Conditions, Actions = [], RelatesTo = firing.Id });
                }
            }
        }

        var horizon = today.AddDays(-options.RestatementHorizonDays);
        foreach (var rule in rules.Rules.Where(r => r.Definition.Conditions!.All(c => !IsHours(c.Window!))))
        {
            var span = Span(rule.Definition.Conditions!);
            var since = DateOnly.FromDateTime(rule.UpdatedAt.UtcDateTime);
            var days = restated.SelectMany(day => Enumerable.Range(0, span).Select(day.AddDays))
                .Where(day => day >= horizon && day < today && day >= since).Distinct().Order().ToList();
            RuleWindows.TryParse(rule.Definition.Cooldown ?? "24h", out var cooldown);
            var cooldownDays = Math.Max(1, (int)Math.Ceiling(cooldown.TotalDays));
            foreach (var target in days.Count == 0 ? [] : targets.For(rule.Definition, metadata))
            {
                foreach (var day in days)
                {
                    if (automation.Recent.Concat(found).Any(f => f.RuleId == rule.Id && f.Target == target.Key && f.Kind != FiringKind.Reversed
                        && f.Day <= day && f.Day > day.AddDays(-cooldownDays)))
                    {
                        continue;
                    }

                    var evaluation = RuleEvaluator.Evaluate(rule.Definition, new WindowTotals(target.Days, null, day, now, target.Control.DailyBudget));
                    if (evaluation.Holds)
                    {
                        found.Add(new RuleFiring(
                            Guid.NewGuid(), campaign.Tenant, rule.Id, rule.Version, rule.Definition.Name!, target.Level, target.Key, FiringKind.Missed,
                            rule.Definition.DryRun, now, day, evaluation.Conditions,
                            [.. rule.Definition.Actions!.Select(a => new ActionOutcome(a.Type!.Value, ActionResult.Skipped, Detail: "Not taken: the rule holds only on numbers restated after the day."))]));
                    }
                }
            }
        }

        found.ForEach(automation.Remember);

        return found;
    }

    /// <summary>Each condition judged again on today's numbers for the same days, with the version's guards and match; hour windows keep what was seen.</summary>
    private static RuleEvaluation Rejudge(RuleDefinition rule, IReadOnlyList<ConditionEvidence> seen, IWindowTotals totals)
    {
        var conditions = seen.Select(evidence => IsHours(evidence.Condition.Window!)
            ? evidence
            : RuleEvaluator.Evaluate(rule with { Conditions = [evidence.Condition] }, totals).Conditions[0]).ToList();
        return new RuleEvaluation(rule.Match == RuleMatch.All ? conditions.TrueForAll(c => c.Holds) : conditions.Exists(c => c.Holds), conditions);
    }

    private static bool IsHours(string window) => window.EndsWith('h');

    /// <summary>How many days, ending with the day judged, the conditions' windows (and previous windows, for changes) read.</summary>
    private static int Span(IEnumerable<RuleCondition> conditions) => conditions.Max(condition =>
    {
        var days = condition.Window == "today" || IsHours(condition.Window!) ? 1
            : RuleWindows.TryParse(condition.Window, out var length) ? (int)length.TotalDays : 1;
        return condition.Change is null ? days : 2 * days;
    });
}
