namespace GrainMarketing.Alerts;

/// <summary>A channel before and after a change, for the audit trail (no secrets); null where it did not or no longer exists.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AlertChannelChange")]
public sealed record AlertChannelChange(
    [property: Id(0)] AlertChannel? Before,
    [property: Id(1)] AlertChannel? After);
