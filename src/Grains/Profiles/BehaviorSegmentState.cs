namespace GrainMarketing.Profiles;

/// <summary>The customers of one shard of a behaviour segment, in id order.</summary>
[GenerateSerializer, Alias("GrainMarketing.BehaviorSegmentState")]
public sealed class BehaviorSegmentState
{
    [Id(0)] public SortedSet<string> Members { get; set; } = new(StringComparer.Ordinal);
}
