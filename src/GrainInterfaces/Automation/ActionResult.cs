namespace GrainMarketing.Automation;

/// <summary>How one action of a firing ended.</summary>
public enum ActionResult
{
    /// <summary>Changed the target in GrainMarketing, and queued the change for the platform where it has one.</summary>
    Applied,

    /// <summary>A dry-run rule: what would have changed, with nothing changed.</summary>
    WouldApply,

    /// <summary>The target was already as the action would leave it.</summary>
    Unchanged,

    /// <summary>The target's action budget was spent; see <see cref="FiringKind.Deferred"/>.</summary>
    Deferred,

    /// <summary>The action could not apply (a budget action on a target without a budget).</summary>
    Skipped,

    /// <summary>An alert was raised to the tenant's channels.</summary>
    Sent,
}
