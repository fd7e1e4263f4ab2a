namespace GrainMarketing.Profiles;

/// <summary>How far a tenant's pattern clock has been drained.</summary>
[GenerateSerializer, Alias("GrainMarketing.PatternClockDriverState")]
public sealed class PatternClockDriverState
{
    /// <summary>The last minute drained; null until the clock is first driven.</summary>
    [Id(0)] public DateTimeOffset? Drained { get; set; }
}
