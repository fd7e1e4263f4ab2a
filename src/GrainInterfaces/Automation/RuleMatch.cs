namespace GrainMarketing.Automation;

/// <summary>Whether every condition must hold, or any one.</summary>
public enum RuleMatch
{
    All,
    Any,
}
