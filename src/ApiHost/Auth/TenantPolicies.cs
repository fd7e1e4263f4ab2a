using GrainMarketing.Tenants;
using Microsoft.AspNetCore.Authorization;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>The authorization policies every endpoint declares.</summary>
/// <remarks>Tenant policies read the tenant from the route (<c>{tenant}</c>) and check the caller's membership or API key against it.</remarks>
public static class TenantPolicies
{
    /// <summary>A signed-in person (a JWT access token), in no particular tenant.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Reads a tenant: a viewer or above, or a read or admin key.</summary>
    public const string Read = "tenant-read";

    /// <summary>Changes campaigns, rules and segments: an editor or above, or an admin key.</summary>
    public const string Write = "tenant-write";

    /// <summary>Sends data: an editor or above, or an ingest or admin key.</summary>
    public const string Ingest = "tenant-ingest";

    /// <summary>Members, keys, channels and settings: an admin, or an admin key.</summary>
    public const string Admin = "tenant-admin";

    /// <summary>Acts as oneself in a tenant, such as leaving it: any member, never a key.</summary>
    public const string Member = "tenant-member";

    /// <summary>Grants lasting access (creates API keys, invites members): an admin, never a key, so a leaked key cannot outlive its revocation.</summary>
    public const string AdminPerson = "tenant-admin-person";

    /// <summary>Every tenant policy with what it asks for.</summary>
    public static readonly IReadOnlyDictionary<string, TenantAccessRequirement> Requirements = new Dictionary<string, TenantAccessRequirement>
    {
        [Read] = new(TenantRole.Viewer, [ApiKeyScope.Read, ApiKeyScope.Admin]),
        [Write] = new(TenantRole.Editor, [ApiKeyScope.Admin]),
        [Ingest] = new(TenantRole.Editor, [ApiKeyScope.Ingest, ApiKeyScope.Admin]),
        [Admin] = new(TenantRole.Admin, [ApiKeyScope.Admin]),
        [Member] = new(TenantRole.Viewer, []),
        [AdminPerson] = new(TenantRole.Admin, []),
    };

    public static AuthorizationBuilder AddGrainMarketingPolicies(this AuthorizationBuilder authorization)
    {
        // An API key authenticates but has no email, so it is forbidden (403) here rather than unknown (401).
        authorization.AddPolicy(SignedIn, policy => policy.RequireAuthenticatedUser().RequireClaim(CallerClaims.Email));
        foreach (var (name, requirement) in Requirements)
        {
            authorization.AddPolicy(name, policy => policy.RequireAuthenticatedUser().AddRequirements(requirement));
        }

        // An endpoint that declares nothing is closed: only signed-in callers get past, and the matrix test flags it.
        return authorization.SetFallbackPolicy(new AuthorizationPolicyBuilder().RequireAuthenticatedUser().Build());
    }
}
