using GrainMarketing.ApiHost.Auth;
using GrainMarketing.Audit;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Audit;

/// <summary>The tenant's audit trail for its admins, newest first, filtered by action, actor, target and time, paged by a cursor.</summary>
/// <remarks>
/// Route: <c>/api/v1/tenants/{tenant}/audit</c>. Admins are people or admin keys. Account-level entries (logins,
/// registrations, passwords) belong to no tenant and never show here.
/// </remarks>
public static class AuditApi
{
    public static RouteGroupBuilder MapAudit(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/audit").WithTags("Audit")
            .RequireAuthorization(TenantPolicies.Admin)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ListAsync).WithName("ListAuditEntries")
            .WithSummary("Who changed what and when, newest first; filter by action (a prefix when it ends in . or *), actor, target, from and to; page with limit and before=next")
            .ProducesValidationProblem();
        return group;
    }

    public static async Task<Ok<AuditPageResponse>> ListAsync(
        string tenant, [AsParameters] AuditQueryString queryString, IGrainFactory grains, CancellationToken cancellationToken)
    {
        var page = await grains.GetGrain<IAuditLogGrain>(0).QueryAsync(queryString.ToQuery(tenant), cancellationToken);
        return TypedResults.Ok(AuditPageResponse.From(page));
    }
}
