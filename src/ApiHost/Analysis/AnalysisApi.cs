using GrainMarketing.Analysis;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Analysis;

/// <summary><c>/api/v1/tenants/{tenant}/analysis</c>: the daily behaviour analysis.</summary>
/// <remarks>Editors start a run now, viewers read runs and the behaviour settings, admins replace the settings (audited).</remarks>
public static class AnalysisApi
{
    public static RouteGroupBuilder MapAnalysis(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/analysis").WithTags("Analysis")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/run-now", RunNowAsync).WithName("RunAnalysisNow")
            .WithSummary("Start the daily analysis now; 202 with the run (the one already running, if any) and its Location")
            .RequireAuthorization(TenantPolicies.Write);
        group.MapGet("/runs", ListRunsAsync).WithName("ListAnalysisRuns")
            .WithSummary("Analysis runs newest first (limit 1-100, 20 by default): what each found and decided about each campaign type")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem();
        group.MapGet("/runs/{id:guid}", GetRunAsync).WithName("GetAnalysisRun").WithSummary("One analysis run")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapGet("/settings", GetSettingsAsync).WithName("GetBehaviorSettings")
            .WithSummary("Pattern thresholds, rising-spend ratio, holdout share and the campaign the analysis creates per pattern")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapPut("/settings", UpdateSettingsAsync).WithName("UpdateBehaviorSettings")
            .WithSummary("Replace the behaviour settings whole; 400 names every bad field by its JSON path")
            .RequireAuthorization(TenantPolicies.Admin)
            .ProducesValidationProblem();
        return group;
    }

    public static async Task<Accepted<AnalysisRun>> RunNowAsync(string tenant, IGrainFactory grains)
    {
        var run = await Analysis(grains, tenant).StartAsync(AnalysisTrigger.Manual, null);
        return TypedResults.Accepted($"/api/v1/tenants/{tenant}/analysis/runs/{run.Id}", run);
    }

    public static async Task<Ok<IReadOnlyList<AnalysisRun>>> ListRunsAsync(string tenant, [AsParameters] RunsQuery query, IGrainFactory grains)
    {
        var errors = new ValidationErrors();
        var size = query.Read(errors);
        errors.ThrowIfAny();

        return TypedResults.Ok(await Analysis(grains, tenant).ListRunsAsync(size));
    }

    public static async Task<Ok<AnalysisRun>> GetRunAsync(string tenant, Guid id, IGrainFactory grains) =>
        TypedResults.Ok(await Analysis(grains, tenant).GetRunAsync(id));

    public static async Task<Ok<BehaviorSettings>> GetSettingsAsync(string tenant, IGrainFactory grains) =>
        TypedResults.Ok(await Settings(grains, tenant).GetSettingsAsync());

    /// <summary>Checked here too, so refused settings never reach the grain; all reasons come at once.</summary>
    public static async Task<Ok<BehaviorSettings>> UpdateSettingsAsync(string tenant, BehaviorSettings settings, IGrainFactory grains, AuditTrail audit)
    {
        ValidationErrors.From(BehaviorSettingsRules.Validate(settings)).ThrowIfAny();
        var before = await Settings(grains, tenant).GetSettingsAsync();
        var after = await Settings(grains, tenant).UpdateSettingsAsync(settings);
        await audit.RecordTenantAsync("analysis.settings.updated", tenant, "behavior-settings", before, after);
        return TypedResults.Ok(after);
    }

    private static IBehaviorAnalysisGrain Analysis(IGrainFactory grains, string tenant) => grains.GetGrain<IBehaviorAnalysisGrain>(tenant);

    private static IBehaviorSettingsGrain Settings(IGrainFactory grains, string tenant) => grains.GetGrain<IBehaviorSettingsGrain>(tenant);
}
