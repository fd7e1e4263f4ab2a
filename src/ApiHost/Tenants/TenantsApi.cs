using System.Security.Claims;
using GrainMarketing.Accounts;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.RateLimiting;
using GrainMarketing.Tenants;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Tenants;

/// <summary><c>/api/v1/tenants</c>: create tenants (the creator is their admin), list one's own, read and change them.</summary>
public static class TenantsApi
{
    public const int DefaultDailyAnalysisHour = 6;

    public static RouteGroupBuilder MapTenants(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants").WithTags("Tenants");
        group.MapPost("/", CreateAsync).WithName("CreateTenant").WithSummary("Create a tenant; the caller becomes its admin")
            .RequireAuthorization(TenantPolicies.SignedIn)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapGet("/", ListMineAsync).WithName("ListMyTenants").WithSummary("The tenants the caller belongs to, with their role")
            .RequireAuthorization(TenantPolicies.SignedIn);
        group.MapGet("/{tenant}", GetAsync).WithName("GetTenant").WithSummary("Read a tenant")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPatch("/{tenant}", UpdateAsync).WithName("UpdateTenant").WithSummary("Change a tenant's settings")
            .RequireAuthorization(TenantPolicies.Admin)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <remarks>
    /// Every bad or missing field is reported at once, before any grain is addressed. A taken id is one 409 that
    /// says nothing of its owner; each person may try only so many ids (<see cref="AccountLimits"/>).
    /// </remarks>
    public static async Task<Created<TenantResponse>> CreateAsync(
        CreateTenantRequest request, ClaimsPrincipal user, IGrainFactory grains, AccountLimits limits, AuditTrail audit)
    {
        var missing = Missing(
            ("id", request.Id), ("displayName", request.DisplayName), ("timeZone", request.TimeZone), ("currency", request.Currency));
        var settings = TenantRules.Normalize(new TenantSettings(
            request.DisplayName ?? "",
            request.TimeZone ?? "",
            request.Currency ?? "",
            request.DailyAnalysisHour ?? DefaultDailyAnalysisHour,
            request.Industry,
            request.CompetitorJumpPoints));
        var errors = ValidationErrors.From(TenantRules.Validate(request.Id ?? "", settings));
        foreach (var (field, reason) in missing)
        {
            errors.Add(field, reason);
        }

        errors.ThrowIfAny();

        limits.ChargeTenantCreation(user.Email());
        var tenant = await grains.GetGrain<ITenantGrain>(request.Id!).CreateAsync(settings, user.Email());
        await audit.RecordTenantAsync("tenant.created", tenant.Id, after: tenant.Settings);
        return TypedResults.Created($"/api/v1/tenants/{tenant.Id}", TenantResponse.From(tenant));
    }

    /// <remarks>The account's list is checked against each tenant's members, so a stale entry never shows.</remarks>
    public static async Task<Ok<MyTenantResponse[]>> ListMineAsync(ClaimsPrincipal user, IGrainFactory grains)
    {
        var email = user.Email();
        var ids = await grains.GetGrain<IAccountGrain>(email).GetTenantsAsync();
        var found = await Task.WhenAll(ids.Select(async id =>
        {
            var role = await grains.GetGrain<ITenantAccessGrain>(id).GetRoleAsync(email);
            return role is null ? null : new MyTenantResponse(TenantResponse.From(await grains.GetGrain<ITenantGrain>(id).GetAsync()), role.Value);
        }));
        return TypedResults.Ok(found.OfType<MyTenantResponse>().ToArray());
    }

    public static async Task<Ok<TenantResponse>> GetAsync(string tenant, IGrainFactory grains) =>
        TypedResults.Ok(TenantResponse.From(await grains.Tenant(tenant).GetAsync()));

    /// <remarks>Settings are checked against the tenant's current ones by its grain; a refusal is a 400 naming each field.</remarks>
    public static async Task<Ok<TenantResponse>> UpdateAsync(string tenant, UpdateTenantRequest request, IGrainFactory grains, AuditTrail audit)
    {
        var patch = new TenantSettingsPatch(
            request.DisplayName, request.TimeZone, request.Currency, request.DailyAnalysisHour, request.Industry, request.CompetitorJumpPoints);
        var grain = grains.Tenant(tenant);
        var before = await grain.GetAsync();
        var after = await grain.UpdateSettingsAsync(patch);
        await audit.RecordTenantAsync("tenant.updated", tenant, before: before.Settings, after: after.Settings);
        return TypedResults.Ok(TenantResponse.From(after));
    }

    private static List<(string Field, string Reason)> Missing(params (string Field, string? Value)[] fields) =>
        [.. fields.Where(f => f.Value is null).Select(f => (f.Field, "Required."))];
}
