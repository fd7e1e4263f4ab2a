using System.Globalization;
using GrainMarketing.Metrics;

namespace GrainMarketing.Automation;

/// <summary>Plays a rule's actions, in order, on a copy of a target's control: each action's outcome and the control it leaves.</summary>
/// <remarks>Status and budget changes count against the target's action budget.</remarks>
public static class TargetActions
{
    public const int MaxTags = 20;

    public static (List<ActionOutcome> Outcomes, TargetControl After, int Changes) Play(IReadOnlyList<RuleAction> actions, TargetControl control, bool dryRun)
    {
        var outcomes = new List<ActionOutcome>(actions.Count);
        var changes = 0;
        foreach (var action in actions)
        {
            var (outcome, next, counted) = Play(action, control);
            if (dryRun && outcome.Result is ActionResult.Applied or ActionResult.Sent)
            {
                outcome = outcome with { Result = ActionResult.WouldApply };
            }

            outcomes.Add(outcome);
            control = next;
            changes += counted ? 1 : 0;
        }

        return (outcomes, control, changes);
    }

    private static (ActionOutcome Outcome, TargetControl Next, bool Counted) Play(RuleAction action, TargetControl control)
    {
        var type = action.Type!.Value;
        switch (type)
        {
            case RuleActionType.Pause or RuleActionType.Resume:
                var status = type == RuleActionType.Pause ? CampaignStatus.Paused : CampaignStatus.Active;
                return status == control.Status
                    ? (new ActionOutcome(type, ActionResult.Unchanged, Name(control.Status), Name(status)), control, false)
                    : (new ActionOutcome(type, ActionResult.Applied, Name(control.Status), Name(status)), control with { Status = status }, true);
            case RuleActionType.SetBudget or RuleActionType.ScaleBudget:
                if (Budget(action, control.DailyBudget) is not { } budget)
                {
                    return (new ActionOutcome(type, ActionResult.Skipped, Detail: "The target has no daily budget to scale."), control, false);
                }

                var from = control.DailyBudget?.ToString("0.00", CultureInfo.InvariantCulture);
                var to = budget.ToString("0.00", CultureInfo.InvariantCulture);
                return budget == control.DailyBudget
                    ? (new ActionOutcome(type, ActionResult.Unchanged, from, to), control, false)
                    : (new ActionOutcome(type, ActionResult.Applied, from, to), control with { DailyBudget = budget }, true);
            case RuleActionType.Tag:
                var tag = action.Tag!;
                if (control.Tags.Contains(tag, StringComparer.Ordinal))
                {
                    return (new ActionOutcome(type, ActionResult.Unchanged, To: tag), control, false);
                }

                return control.Tags.Count >= MaxTags
                    ? (new ActionOutcome(type, ActionResult.Skipped, To: tag, Detail: $"The target has {MaxTags} tags, the most kept."), control, false)
                    : (new ActionOutcome(type, ActionResult.Applied, To: tag), control with { Tags = [.. control.Tags, tag] }, false);
            default:
                return (new ActionOutcome(type, ActionResult.Sent, To: string.Join(',', action.Channels ?? []), Detail: (action.Severity ?? AlertSeverity.Warning).ToString().ToLowerInvariant()), control, false);
        }
    }

    /// <summary>The budget the action sets: its amount, or the current one scaled by its percent, rounded to cents and held within its caps.</summary>
    private static decimal? Budget(RuleAction action, decimal? current)
    {
        if (action.Type == RuleActionType.SetBudget)
        {
            return action.Amount;
        }

        if (current is not { } budget)
        {
            return null;
        }

        var scaled = Math.Round(budget * (1 + (action.Percent!.Value / 100)), 2, MidpointRounding.AwayFromZero);
        return Math.Min(Math.Max(scaled, action.Min ?? decimal.MinValue), action.Max ?? decimal.MaxValue);
    }

    private static string Name(CampaignStatus status) => status.ToString().ToLowerInvariant();
}
