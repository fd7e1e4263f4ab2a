using GrainMarketing.Tenants;

namespace GrainMarketing.ApiHost.Tenants;

/// <summary>A tenant the caller belongs to, with the caller's role in it.</summary>
public sealed record MyTenantResponse(TenantResponse Tenant, TenantRole Role);
