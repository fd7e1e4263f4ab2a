namespace GrainMarketing.Profiles;

/// <summary>A tenant's behaviour settings (null until changed: the defaults apply) and the latest high-spender threshold.</summary>
[GenerateSerializer, Alias("GrainMarketing.BehaviorSettingsState")]
public sealed class BehaviorSettingsState
{
    [Id(0)] public BehaviorSettings? Settings { get; set; }

    [Id(1)] public decimal? HighSpenderThreshold { get; set; }

    [Id(2)] public DateTimeOffset? ThresholdAt { get; set; }
}
