using GrainMarketing.Errors;
using GrainMarketing.Tenants;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Tenants;

/// <summary><c>/api/v1/tenants</c>: create, read and change tenants.</summary>
public static class TenantsApi
{
    public const int DefaultDailyAnalysisHour = 6;

    public static RouteGroupBuilder MapTenants(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants").WithTags("Tenants");
        group.MapPost("/", CreateAsync).WithName("CreateTenant").WithSummary("Create a tenant")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id}", GetAsync).WithName("GetTenant").WithSummary("Read a tenant")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPatch("/{id}", UpdateAsync).WithName("UpdateTenant").WithSummary("Change a tenant's settings")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return group;
    }

    /// <remarks>Every bad or missing field is reported at once, before any grain is addressed.</remarks>
    public static async Task<Created<TenantResponse>> CreateAsync(
        CreateTenantRequest request, IGrainFactory grains)
    {
        var missing = Missing(
            ("id", request.Id), ("displayName", request.DisplayName), ("timeZone", request.TimeZone), ("currency", request.Currency));
        var settings = TenantRules.Normalize(new TenantSettings(
            request.DisplayName ?? "",
            request.TimeZone ?? "",
            request.Currency ?? "",
            request.DailyAnalysisHour ?? DefaultDailyAnalysisHour));
        var errors = TenantRules.Validate(request.Id ?? "", settings);
        foreach (var (field, reason) in missing)
        {
            errors[field] = [reason];
        }

        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        var tenant = await grains.GetGrain<ITenantGrain>(request.Id!).CreateAsync(settings);
        return TypedResults.Created($"/api/v1/tenants/{tenant.Id}", TenantResponse.From(tenant));
    }

    public static async Task<Ok<TenantResponse>> GetAsync(string id, IGrainFactory grains) =>
        TypedResults.Ok(TenantResponse.From(await Tenant(grains, id).GetAsync()));

    /// <remarks>Settings are checked against the tenant's current ones by its grain; a refusal is a 400 naming each field.</remarks>
    public static async Task<Ok<TenantResponse>> UpdateAsync(string id, UpdateTenantRequest request, IGrainFactory grains)
    {
        var patch = new TenantSettingsPatch(request.DisplayName, request.TimeZone, request.Currency, request.DailyAnalysisHour);
        return TypedResults.Ok(TenantResponse.From(await Tenant(grains, id).UpdateSettingsAsync(patch)));
    }

    /// <summary>The tenant as stored; 404 (by <see cref="NotFoundException"/>) when it does not exist.</summary>
    public static Task<TenantDetails> RequireAsync(IGrainFactory grains, string id) => Tenant(grains, id).GetAsync();

    /// <summary>The tenant's grain; an id that cannot be a tenant's is simply not found, without a grain call.</summary>
    private static ITenantGrain Tenant(IGrainFactory grains, string id) =>
        TenantRules.IsValidId(id) ? grains.GetGrain<ITenantGrain>(id) : throw new NotFoundException("Tenant", id);

    private static List<(string Field, string Reason)> Missing(params (string Field, string? Value)[] fields) =>
        [.. fields.Where(f => f.Value is null).Select(f => (f.Field, "Required."))];
}
