namespace GrainMarketing.ApiHost.Profiles;

/// <summary>Whether a customer entered or left a pattern.</summary>
public enum PatternChangeKind
{
    Entered,
    Exited,
}
