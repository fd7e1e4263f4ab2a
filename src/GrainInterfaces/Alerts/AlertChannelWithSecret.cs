namespace GrainMarketing.Alerts;

/// <summary>A channel just created or given a new secret, with the webhook signing secret shown this once (null for other types).</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AlertChannelWithSecret")]
public sealed record AlertChannelWithSecret(
    [property: Id(0)] AlertChannel Channel,
    [property: Id(1)] string? Secret);
