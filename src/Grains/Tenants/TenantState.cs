namespace GrainMarketing.Tenants;

/// <summary>What the tenant grain persists.</summary>
[GenerateSerializer, Alias("GrainMarketing.TenantState")]
public sealed class TenantState
{
    [Id(0)] public TenantSettings? Settings { get; set; }

    [Id(1)] public DateTimeOffset CreatedAt { get; set; }

    [Id(2)] public DateTimeOffset UpdatedAt { get; set; }

    [Id(3)] public DateTimeOffset NextDailyRunAt { get; set; }

    [Id(4)] public DateTimeOffset? LastDailyRunAt { get; set; }

    [Id(5)] public DateTimeOffset? LastCheckedAt { get; set; }

    /// <summary>When the last daily run was due: its local day counts as done.</summary>
    [Id(6)] public DateTimeOffset? LastRunDueAt { get; set; }
}
