namespace GrainMarketing.Automation;

/// <summary>What a rule does to a target whose conditions hold.</summary>
public enum RuleActionType
{
    Pause,
    Resume,
    SetBudget,
    ScaleBudget,
    Notify,
    Tag,
}
