using GrainMarketing.Tenants;
using Microsoft.AspNetCore.Authorization;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>A person needs at least <paramref name="MinimumRole"/> in the route's tenant; a key needs one of <paramref name="Scopes"/> there.</summary>
public sealed record TenantAccessRequirement(TenantRole MinimumRole, IReadOnlyList<ApiKeyScope> Scopes) : IAuthorizationRequirement;
