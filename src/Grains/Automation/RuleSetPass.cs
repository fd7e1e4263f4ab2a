using System.Globalization;
using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>One pass of a tenant's rule set over one owner's targets: judges each rule and plays the actions of those that hold.</summary>
/// <param name="owner">The target whose control lives in <paramref name="metadata"/> and the state's tags: the campaign or the segment.</param>
public sealed class RuleSetPass(string tenant, string owner, CampaignMetadata metadata, AutomationState automation, DateOnly today, DateTimeOffset now, int actionBudget)
{
    /// <summary>The window over which a target's action budget is counted.</summary>
    public static readonly TimeSpan BudgetPeriod = TimeSpan.FromHours(1);

    public CampaignMetadata Metadata { get; private set; } = metadata;

    public List<RuleFiring> Firings { get; } = [];

    public List<PendingPlatformChange> Changes { get; } = [];

    /// <summary>Judges one rule on one target: off cooldown and holding, it fires, or is deferred when the target's action budget is spent.</summary>
    public void Judge(RuleDetails rule, RuleTarget candidate, IWindowTotals totals)
    {
        var target = candidate.Key;
        var cooldownKey = $"{rule.Id}|{target}";
        if (automation.NotBefore.ContainsKey(cooldownKey))
        {
            return;
        }

        var evaluation = RuleEvaluator.Evaluate(rule.Definition, totals);
        if (evaluation.Holds)
        {
            Fire(rule, candidate, evaluation.Conditions, cooldownKey);
        }
    }

    /// <summary>Plays an instruction's actions on a target now, without conditions: a one-off order (an applied budget proposal).</summary>
    /// <remarks>The same path as a rule that holds: the action budget may defer it, and its changes are queued, remembered and audited alike.</remarks>
    public RuleFiring Play(RuleDetails instruction, RuleTarget target) => Fire(instruction, target, [], $"{instruction.Id}|{target.Key}");

    private RuleFiring Fire(RuleDetails rule, RuleTarget candidate, IReadOnlyList<ConditionEvidence> conditions, string cooldownKey)
    {
        var target = candidate.Key;
        var definition = rule.Definition;
        var control = candidate.Control;
        var (outcomes, after, changes) = TargetActions.Play(definition.Actions!, control, definition.DryRun);
        var kind = FiringKind.Fired;
        var times = automation.ActionTimes.GetValueOrDefault(target) ?? [];
        if (!definition.DryRun && changes > 0 && times.Count + changes > actionBudget)
        {
            kind = FiringKind.Deferred;
            outcomes = [.. outcomes.Select(outcome => outcome with { Result = ActionResult.Deferred, Detail = $"The target's budget of {actionBudget} changes an hour is spent." })];
            automation.NotBefore[cooldownKey] = times.Count > 0 ? times.Min() + BudgetPeriod : now + BudgetPeriod;
        }
        else
        {
            RuleWindows.TryParse(definition.Cooldown ?? "24h", out var cooldown);
            automation.NotBefore[cooldownKey] = now + cooldown;
        }

        var firing = new RuleFiring(
            Guid.NewGuid(), tenant, rule.Id, rule.Version, definition.Name!, candidate.Level, target, kind, definition.DryRun,
            now, today, conditions, outcomes);
        if (kind == FiringKind.Fired && !definition.DryRun)
        {
            Apply(firing, control, after, changes, times);
        }

        Remember(firing);
        return firing;
    }

    /// <summary>Changes the target as the firing's actions left it, queues status and budget for the platform and counts them against the budget.</summary>
    private void Apply(RuleFiring firing, TargetControl before, TargetControl after, int changes, List<DateTimeOffset> times)
    {
        var target = firing.Target;
        if (changes > 0)
        {
            times.AddRange(Enumerable.Repeat(now, changes));
            automation.ActionTimes[target] = times;
        }

        if (after.Status != before.Status)
        {
            Change(firing, "status", Name(before.Status), Name(after.Status), forPlatform: true);
        }

        if (after.DailyBudget != before.DailyBudget)
        {
            Change(firing, "dailyBudget", Money(before.DailyBudget), Money(after.DailyBudget)!, forPlatform: true);
        }

        foreach (var tag in after.Tags.Except(before.Tags, StringComparer.Ordinal))
        {
            Change(firing, "tags", null, tag, forPlatform: false);
        }

        if (target != owner)
        {
            automation.Targets[target] = after;
            return;
        }

        automation.Tags = [.. after.Tags];
        if (after.Status != before.Status)
        {
            Metadata = Metadata with { Status = after.Status };
        }

        if (after.DailyBudget != before.DailyBudget)
        {
            Metadata = Metadata with { DailyBudget = after.DailyBudget };
        }
    }

    private void Change(RuleFiring firing, string field, string? from, string to, bool forPlatform)
    {
        var change = new PendingPlatformChange(firing.Target, field, from, to, now, firing.RuleId, firing.Id);
        Changes.Add(change);
        if (forPlatform)
        {
            automation.Pending[$"{firing.Target}|{field}"] = change;
        }
    }

    private static string Name(CampaignStatus status) => status.ToString().ToLowerInvariant();

    private static string? Money(decimal? amount) => amount?.ToString("0.00", CultureInfo.InvariantCulture);

    private void Remember(RuleFiring firing)
    {
        Firings.Add(firing);
        automation.Remember(firing);
    }
}
