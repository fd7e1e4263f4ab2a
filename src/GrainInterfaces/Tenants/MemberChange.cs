namespace GrainMarketing.Tenants;

/// <summary>A membership before and after a change, for the audit trail; null where there was or is no membership.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MemberChange")]
public sealed record MemberChange(
    [property: Id(0)] TenantMember? Before,
    [property: Id(1)] TenantMember? After);
