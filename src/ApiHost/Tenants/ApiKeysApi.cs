using System.Security.Claims;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Tenants;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Tenants;

/// <summary><c>/api/v1/tenants/{tenant}/keys</c>: API keys for machines, admin only.</summary>
/// <remarks>
/// Only a person creates keys: a key that could mint keys would leave access behind once it is revoked. A key is shown once at creation; the tenant keeps the SHA-256 of its secret, lists it by prefix with its last
/// use, and a revoked key stops working on this host at once (on others within the access cache time).
/// </remarks>
public static class ApiKeysApi
{
    public const int MaxNameLength = 100;

    public static RouteGroupBuilder MapApiKeys(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/keys").WithTags("API keys")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateApiKey").WithSummary("Create a key with a scope; the answer holds the key, shown only this once")
            .RequireAuthorization(TenantPolicies.AdminPerson)
            .ShowsSecretOnce()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync).WithName("ListApiKeys").WithSummary("Keys by prefix, with scope, creator, last use and revocation")
            .RequireAuthorization(TenantPolicies.Admin);
        group.MapDelete("/{id}", RevokeAsync).WithName("RevokeApiKey").WithSummary("Revoke a key at once")
            .RequireAuthorization(TenantPolicies.Admin);
        return group;
    }

    public static async Task<Created<CreatedApiKeyResponse>> CreateAsync(
        string tenant, CreateApiKeyRequest request, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        var errors = new ValidationErrors();
        if (string.IsNullOrWhiteSpace(request.Name) || request.Name.Trim().Length > MaxNameLength)
        {
            errors.Add("name", $"Required: 1-{MaxNameLength} characters, not blank.");
        }

        if (request.Scope is null)
        {
            errors.Add("scope", "Required: ingest, read or admin.");
        }

        errors.ThrowIfAny();

        var key = ApiKeyToken.Generate(tenant);
        var created = await grains.GetGrain<ITenantAccessGrain>(tenant)
            .CreateApiKeyAsync(key.KeyId, request.Name!.Trim(), request.Scope!.Value, user.Actor() ?? "", key.Digest());
        await audit.RecordTenantAsync("key.created", tenant, key.Prefix, after: new { created.Name, created.Scope });
        return TypedResults.Created(
            $"/api/v1/tenants/{tenant}/keys",
            new CreatedApiKeyResponse(created.Id, created.Name, created.Scope, key.Prefix, key.ToString(), created.CreatedAt));
    }

    public static async Task<Ok<ApiKeyResponse[]>> ListAsync(string tenant, IGrainFactory grains)
    {
        var keys = await grains.GetGrain<ITenantAccessGrain>(tenant).GetApiKeysAsync();
        return TypedResults.Ok(keys.Select(k => Response(tenant, k)).ToArray());
    }

    public static async Task<Ok<ApiKeyResponse>> RevokeAsync(string tenant, string id, IGrainFactory grains, AccessCache cache, AuditTrail audit)
    {
        var key = await grains.GetGrain<ITenantAccessGrain>(tenant).RevokeApiKeyAsync(id);
        cache.ForgetKey(tenant, id);
        await audit.RecordTenantAsync("key.revoked", tenant, ApiKeyToken.PrefixOf(tenant, id), before: new { key.Name, key.Scope });
        return TypedResults.Ok(Response(tenant, key));
    }

    private static ApiKeyResponse Response(string tenant, ApiKeyDetails key) =>
        new(key.Id, key.Name, key.Scope, ApiKeyToken.PrefixOf(tenant, key.Id), key.CreatedBy, key.CreatedAt, key.LastUsedAt, key.RevokedAt);
}
