using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Insights.Predictions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Insights;

/// <summary>The tenant's campaign-outcome model: its versions, training on demand, and predictions for a planned campaign.</summary>
/// <remarks>
/// Routes: <c>/api/v1/tenants/{tenant}/models/campaign-outcomes</c> (viewers list versions and training runs, editors start a run) and
/// <c>POST /api/v1/tenants/{tenant}/predictions/campaign</c> (it changes nothing, so viewers may ask).
/// </remarks>
public static class PredictionsApi
{
    private const string PredictDescription = """
        Predicts a planned campaign's impressions, clicks, conversions and conversion value per day and over `days`, with 80% intervals
        (split-conformal from the live model's held-out days, whose observed coverage each estimate carries), CPA and ROAS from the planned
        spend, the model version, and the three features that moved the conversions prediction most. The audience lists (ageBands, genders,
        countries, interests) are optional; an empty or missing list means that dimension is not targeted. 409 `insufficient-history` names
        what is missing when the tenant has no live model; 400 names every bad field.
        """;

    private const string TrainDescription = """
        Training runs in the background: the answer is the run, queued, with its Location to poll. While it runs, `progress` names the
        phase (reading history, building rows, training each outcome's model, evaluating against the live version, registering), the
        share done and `estimatedSecondsLeft` with the basis of that estimate (the tenant's previous run's time per campaign-day, or this
        run's speed so far; null when neither is known yet). A succeeded run carries the version it registered, its held-out metrics
        and whether it went live (and why); a failed run its error. At most one run per tenant: a second request answers the one in
        progress. 409 `insufficient-history` names what is missing when the history is too short to train on.
        """;

    public static RouteGroupBuilder MapPredictions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}").WithTags("Predictions")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/models/campaign-outcomes", ListVersionsAsync).WithName("ListCampaignOutcomeModels")
            .WithSummary("The campaign-outcome model's versions, newest first: data span, rows, held-out metrics against the naive baseline, feature importance; and the live one")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapPost("/models/campaign-outcomes/train", TrainAsync).WithName("TrainCampaignOutcomeModel")
            .WithSummary("Start training a new version from the tenant's history; 202 with the run (the one already in progress, if any) and its Location")
            .WithDescription(TrainDescription)
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/models/campaign-outcomes/runs", ListRunsAsync).WithName("ListCampaignOutcomeTrainingRuns")
            .WithSummary("Training runs newest first (limit 1-100, 20 by default): status, progress with the estimated time left, the version each produced or its error")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem();
        group.MapGet("/models/campaign-outcomes/runs/{id:guid}", GetRunAsync).WithName("GetCampaignOutcomeTrainingRun")
            .WithSummary("One training run: poll it until its status is succeeded or failed")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapPost("/predictions/campaign", PredictAsync).WithName("PredictCampaignOutcome")
            .WithSummary("Expected impressions, clicks, conversions, CPA and ROAS of a planned campaign, with 80% intervals")
            .WithDescription(PredictDescription)
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Ok<OutcomeModelVersions>> ListVersionsAsync(string tenant, IGrainFactory grains) =>
        TypedResults.Ok(await Model(grains, tenant).ListAsync());

    public static async Task<Accepted<TrainingRun>> TrainAsync(string tenant, IGrainFactory grains)
    {
        var run = await Model(grains, tenant).StartTrainingAsync(TrainingTrigger.Manual);
        return TypedResults.Accepted($"/api/v1/tenants/{tenant}/models/campaign-outcomes/runs/{run.Id}", run);
    }

    public static async Task<Ok<IReadOnlyList<TrainingRun>>> ListRunsAsync(string tenant, [AsParameters] RunsQuery query, IGrainFactory grains)
    {
        var errors = new ValidationErrors();
        var limit = query.Read(errors);
        errors.ThrowIfAny();

        return TypedResults.Ok(await Model(grains, tenant).ListRunsAsync(limit));
    }

    public static async Task<Ok<TrainingRun>> GetRunAsync(string tenant, Guid id, IGrainFactory grains) =>
        TypedResults.Ok(await Model(grains, tenant).GetRunAsync(id));

    public static async Task<Ok<CampaignOutcomePrediction>> PredictAsync(string tenant, PredictCampaignRequest request, IGrainFactory grains)
    {
        var errors = new ValidationErrors();
        var plan = request.ToPlan(errors);
        errors.ThrowIfAny();

        return TypedResults.Ok(await Model(grains, tenant).PredictAsync(plan!)); // null only with a reason in errors, which has just thrown
    }

    private static ICampaignOutcomeModelGrain Model(IGrainFactory grains, string tenant) => grains.GetGrain<ICampaignOutcomeModelGrain>(tenant);
}
