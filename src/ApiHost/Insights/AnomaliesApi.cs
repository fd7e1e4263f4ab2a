using System.Security.Claims;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Insights.Anomalies;
using GrainMarketing.Insights.Anomalies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Insights;

/// <summary>The anomalies a tenant's campaigns and totals showed at ingest, the verdicts people give them, and how sensitive the detectors are.</summary>
/// <remarks>
/// Routes: <c>/api/v1/tenants/{tenant}/anomalies</c> and <c>/anomaly-settings</c>. Viewers read anomalies and settings;
/// editors give verdicts (a false positive raises that series' threshold); admins change the settings. Every change is audited.
/// </remarks>
public static class AnomaliesApi
{
    public static RouteGroupBuilder MapAnomalies(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}").WithTags("Anomalies")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/anomalies", ListAsync).WithName("ListAnomalies")
            .WithSummary("Anomalies newest first with their expected value, band, observed value and score; filter by level, id, metric, severity, status, group (an incident's groupId), from and to; page with limit and before=next")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem();
        group.MapPost("/anomalies/{id:guid}/feedback", FeedbackAsync).WithName("GiveAnomalyFeedback")
            .WithSummary("Say whether an anomaly was real or a false positive; a false positive raises the threshold of that series' detector")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesValidationProblem();
        group.MapGet("/anomaly-settings", GetSettingsAsync).WithName("GetAnomalySettings")
            .WithSummary("Sensitivity, metrics watched, minimum volumes and quiet hours of the tenant's anomaly detectors")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapPut("/anomaly-settings", UpdateSettingsAsync).WithName("UpdateAnomalySettings")
            .WithSummary("Change the anomaly settings; an omitted field keeps its value. 400 names every bad field")
            .RequireAuthorization(TenantPolicies.Admin)
            .ProducesValidationProblem();
        return group;
    }

    public static async Task<Ok<AnomalyPage>> ListAsync(string tenant, [AsParameters] AnomalyQueryString queryString, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IAnomalyHistoryGrain>(tenant).QueryAsync(queryString.ToQuery()));

    public static async Task<Ok<AnomalyFeedback>> FeedbackAsync(
        string tenant, Guid id, AnomalyFeedbackRequest request, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        var verdict = request.ToVerdict();
        var feedback = await grains.GetGrain<IAnomalyHistoryGrain>(tenant).FeedbackAsync(id, verdict, user.Actor() ?? "");
        await audit.RecordTenantAsync("anomaly.feedback", tenant, id.ToString(),
            new { feedback.Before.Status },
            new { feedback.After.Status, feedback.After.SeriesId, feedback.After.Metric, feedback.SeriesThreshold, feedback.SeriesFalsePositives });
        return TypedResults.Ok(feedback);
    }

    public static async Task<Ok<AnomalySettings>> GetSettingsAsync(string tenant, IGrainFactory grains) =>
        TypedResults.Ok((await grains.GetGrain<IAnomalySettingsGrain>(tenant).GetAsync()).Settings);

    public static async Task<Ok<AnomalySettings>> UpdateSettingsAsync(
        string tenant, AnomalySettingsRequest request, IGrainFactory grains, AuditTrail audit)
    {
        var settings = grains.GetGrain<IAnomalySettingsGrain>(tenant);
        var requested = request.ToSettings((await settings.GetAsync()).Settings);
        requested.Validate();
        var change = await settings.UpdateAsync(requested);
        await audit.RecordTenantAsync("anomaly-settings.updated", tenant, tenant, change.Before, change.After);
        return TypedResults.Ok(change.After);
    }
}
