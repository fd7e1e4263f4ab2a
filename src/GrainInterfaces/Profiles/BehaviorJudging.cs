namespace GrainMarketing.Profiles;

/// <summary>
/// What a profile needs to judge its patterns: the tenant's thresholds and the 90-day spend at the top
/// <see cref="PatternSettings.HighSpenderTopShare"/> from the latest daily analysis (null before the
/// first, when nobody is a high spender yet).
/// </summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.BehaviorJudging")]
public sealed record BehaviorJudging(
    [property: Id(0)] PatternSettings Patterns,
    [property: Id(1)] decimal? HighSpenderThreshold,
    [property: Id(2)] DateTimeOffset? ThresholdAt)
{
    public static readonly BehaviorJudging Default = new(PatternSettings.Default, null, null);
}
