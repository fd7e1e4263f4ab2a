namespace GrainMarketing.Alerts;

/// <summary>What a tenant's alert router persists; every collection is bounded.</summary>
[GenerateSerializer, Alias("GrainMarketing.AlertRouterState")]
public sealed class AlertRouterState
{
    /// <summary>At most <see cref="AlertRouterGrain.MaxChannels"/>.</summary>
    [Id(0)] public Dictionary<Guid, StoredAlertChannel> Channels { get; set; } = [];

    /// <summary>When an alert was last sent, by de-duplication key; at most <see cref="AlertDedup.MaxKeys"/>.</summary>
    [Id(1)] public Dictionary<string, DateTimeOffset> LastSent { get; set; } = [];

    /// <summary>Deliveries not yet delivered nor given up; at most <see cref="AlertDeliveries.MaxPending"/>.</summary>
    [Id(2)] public Dictionary<Guid, PendingDelivery> Pending { get; set; } = [];

    /// <summary>Alerts with pending deliveries, and whether any of their deliveries has failed for good.</summary>
    [Id(3)] public Dictionary<Guid, bool> OpenAlerts { get; set; } = [];
}
