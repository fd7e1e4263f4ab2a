using System.Security.Claims;
using Microsoft.AspNetCore.Authorization;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Checks a <see cref="TenantAccessRequirement"/> against the route's tenant.</summary>
/// <remarks>
/// A caller with no standing in that tenant fails with <see cref="NotInTenant"/>, which is answered as 404 so
/// that other tenants' names cannot be probed; a member without the role gets 403.
/// </remarks>
public sealed class TenantAccessHandler(AccessCache access) : AuthorizationHandler<TenantAccessRequirement>
{
    public const string TenantRouteValue = "tenant";

    /// <summary>The failure reason's message for a caller outside the tenant.</summary>
    public const string NotInTenant = "not-in-tenant";

    protected override async Task HandleRequirementAsync(AuthorizationHandlerContext context, TenantAccessRequirement requirement)
    {
        if (context.Resource is not HttpContext http || http.GetRouteValue(TenantRouteValue) is not string tenant)
        {
            context.Fail(new AuthorizationFailureReason(this, "The endpoint has no {tenant} in its route."));
            return;
        }

        var user = context.User;
        if (user.FindFirstValue(CallerClaims.KeyTenant) is { } keyTenant)
        {
            if (keyTenant != tenant)
            {
                context.Fail(new AuthorizationFailureReason(this, NotInTenant));
            }
            else if (user.KeyScope() is { } scope && requirement.Scopes.Contains(scope))
            {
                context.Succeed(requirement);
            }
            else
            {
                context.Fail(new AuthorizationFailureReason(this, "The API key's scope does not allow this."));
            }

            return;
        }

        if (user.FindFirstValue(CallerClaims.Email) is not { } email || await access.RoleAsync(tenant, email) is not { } role)
        {
            context.Fail(new AuthorizationFailureReason(this, NotInTenant));
        }
        else if (role >= requirement.MinimumRole)
        {
            context.Succeed(requirement);
        }
        else
        {
            context.Fail(new AuthorizationFailureReason(this, $"The {role} role does not allow this."));
        }
    }
}
