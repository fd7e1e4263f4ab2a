using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Insights.Predictions;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Insights;

/// <summary>The tenant's campaign-outcome model: its versions, training on demand, and predictions for a planned campaign.</summary>
/// <remarks>
/// Routes: <c>/api/v1/tenants/{tenant}/models/campaign-outcomes</c> (viewers list, editors train) and
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

    public static RouteGroupBuilder MapPredictions(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}").WithTags("Predictions")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/models/campaign-outcomes", ListVersionsAsync).WithName("ListCampaignOutcomeModels")
            .WithSummary("The campaign-outcome model's versions, newest first: data span, rows, held-out metrics against the naive baseline, feature importance; and the live one")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapPost("/models/campaign-outcomes/train", TrainAsync).WithName("TrainCampaignOutcomeModel")
            .WithSummary("Train a new version from the tenant's history now; answers it with its metrics and whether it went live (and why)")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict);
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

    public static async Task<Ok<TrainingResult>> TrainAsync(string tenant, IGrainFactory grains) =>
        TypedResults.Ok(await Model(grains, tenant).TrainAsync());

    public static async Task<Ok<CampaignOutcomePrediction>> PredictAsync(string tenant, PredictCampaignRequest request, IGrainFactory grains)
    {
        var errors = new ValidationErrors();
        var plan = request.ToPlan(errors);
        errors.ThrowIfAny();

        return TypedResults.Ok(await Model(grains, tenant).PredictAsync(plan!)); // null only with a reason in errors, which has just thrown
    }

    private static ICampaignOutcomeModelGrain Model(IGrainFactory grains, string tenant) => grains.GetGrain<ICampaignOutcomeModelGrain>(tenant);
}
