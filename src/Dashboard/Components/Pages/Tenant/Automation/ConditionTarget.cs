namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Automation;

/// <summary>What a condition compares: the metric's value, or its relative change over the previous window.</summary>
public enum ConditionTarget
{
    Threshold,
    Change,
}
