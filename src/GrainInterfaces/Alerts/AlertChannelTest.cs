namespace GrainMarketing.Alerts;

/// <summary>The <c>channel.test</c> alert a channel test raised and its one delivery.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AlertChannelTest")]
public sealed record AlertChannelTest(
    [property: Id(0)] Guid AlertId,
    [property: Id(1)] Guid DeliveryId);
