namespace GrainMarketing.Automation;

/// <summary>What a history entry records.</summary>
public enum FiringKind
{
    /// <summary>The rule held for the target and its actions ran (or, in dry-run, would have).</summary>
    Fired,

    /// <summary>The rule held but the target's action budget was spent: nothing ran, and the rule tries again once the budget allows.</summary>
    Deferred,

    /// <summary>Restated numbers no longer support a past firing: its conditions, judged again on the same days, do not hold.</summary>
    Reversed,

    /// <summary>Restated numbers make the rule hold on a past day when it did not fire.</summary>
    Missed,
}
