namespace GrainMarketing.Tenants;

/// <summary>A tenant as its grain holds it.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.TenantDetails")]
public sealed record TenantDetails(
    [property: Id(0)] string Id,
    [property: Id(1)] TenantSettings Settings,
    [property: Id(2)] DateTimeOffset CreatedAt,
    [property: Id(3)] DateTimeOffset UpdatedAt,
    [property: Id(4)] TenantSchedule Schedule);
