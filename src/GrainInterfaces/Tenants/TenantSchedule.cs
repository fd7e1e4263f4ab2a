namespace GrainMarketing.Tenants;

/// <summary>Where the tenant's daily work stands.</summary>
/// <param name="NextDailyRunAt">The next instant the daily run is due (the analysis hour in the tenant's zone).</param>
/// <param name="LastDailyRunAt">When the daily run last happened, if ever.</param>
/// <param name="LastCheckedAt">When the schedule reminder last fired, if ever.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.TenantSchedule")]
public sealed record TenantSchedule(
    [property: Id(0)] DateTimeOffset NextDailyRunAt,
    [property: Id(1)] DateTimeOffset? LastDailyRunAt,
    [property: Id(2)] DateTimeOffset? LastCheckedAt);
