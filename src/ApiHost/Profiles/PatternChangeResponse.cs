using GrainMarketing.Profiles;

namespace GrainMarketing.ApiHost.Profiles;

/// <summary>A customer entering or leaving a segment, and when.</summary>
public sealed record PatternChangeResponse(string UserId, BehaviorPattern Pattern, PatternChangeKind Kind, DateTimeOffset At)
{
    public static PatternChangeResponse From(StoredPatternChange change) =>
        new(change.UserId, change.Pattern, change.Entered ? PatternChangeKind.Entered : PatternChangeKind.Exited, change.At);
}
