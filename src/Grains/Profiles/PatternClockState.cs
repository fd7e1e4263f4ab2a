namespace GrainMarketing.Profiles;

/// <summary>The customers registered for one minute of a tenant's pattern clock.</summary>
[GenerateSerializer, Alias("GrainMarketing.PatternClockState")]
public sealed class PatternClockState
{
    [Id(0)] public HashSet<string> Users { get; set; } = new(StringComparer.Ordinal);
}
