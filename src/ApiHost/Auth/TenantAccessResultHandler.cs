using GrainMarketing.Errors;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace GrainMarketing.ApiHost.Auth;

/// <summary>Answers a caller outside the route's tenant exactly as a tenant that does not exist (404), so ids cannot be probed.</summary>
/// <remarks>Every other outcome is the framework's (401 challenge, 403 forbid).</remarks>
public sealed class TenantAccessResultHandler : IAuthorizationMiddlewareResultHandler
{
    private readonly AuthorizationMiddlewareResultHandler _default = new();

    public Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden
            && authorizeResult.AuthorizationFailure?.FailureReasons.Any(r => r.Message == TenantAccessHandler.NotInTenant) == true)
        {
            throw new NotFoundException("Tenant", context.GetRouteValue(TenantAccessHandler.TenantRouteValue) as string ?? "");
        }

        return _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
