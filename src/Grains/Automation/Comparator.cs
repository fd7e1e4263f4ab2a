namespace GrainMarketing.Automation;

/// <summary>How an automation condition compares a KPI with its threshold.</summary>
public enum Comparator
{
    GreaterThan,
    GreaterOrEqual,
    LessThan,
    LessOrEqual,
}
