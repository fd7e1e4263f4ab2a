namespace GrainMarketing.Profiles;

/// <summary>The thresholds a profile judges its patterns by: the tenant's pattern settings and its high-spender threshold.</summary>
/// <remarks>
/// The high-spender threshold is the 90-day spend at the top <see cref="PatternSettings.HighSpenderTopShare"/>
/// from the latest daily analysis: null before the first, when nobody is a high spender yet. The alias
/// keeps the type's earlier name, which Orleans writes on the wire.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.BehaviorJudging")]
public sealed record BehaviorThresholds(
    [property: Id(0)] PatternSettings Patterns,
    [property: Id(1)] decimal? HighSpenderThreshold,
    [property: Id(2)] DateTimeOffset? ThresholdAt)
{
    public static readonly BehaviorThresholds Default = new(PatternSettings.Default, null, null);
}
