namespace GrainMarketing.Automation;

/// <summary>How urgent an alert is; channels subscribe to severities.</summary>
public enum AlertSeverity
{
    Info,
    Warning,
    Error,
    Critical,
}
