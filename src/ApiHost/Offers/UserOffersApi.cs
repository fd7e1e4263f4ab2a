using System.Globalization;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.ApiHost.Ingestion.UserEvents;
using GrainMarketing.Errors;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.Offers;

/// <summary>What the tenant's app asks and tells about offers.</summary>
/// <remarks>
/// The offers a customer sees now (the first time an offer is answered counts as its delivery), and the
/// customer's views, clicks and conversions, which travel on the customer's stream like every other engagement.
/// </remarks>
public static class UserOffersApi
{
    private static readonly Dictionary<string, (EngagementKind Kind, string Name)> Steps = new(StringComparer.Ordinal)
    {
        ["view"] = (EngagementKind.Viewed, "viewed"),
        ["click"] = (EngagementKind.Clicked, "clicked"),
        ["convert"] = (EngagementKind.Converted, "converted"),
    };

    public static IEndpointRouteBuilder MapUserOffers(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/tenants/{tenant}/users/{userId}/offers", OffersAsync).WithTags("Offers").WithName("ListUserOffers")
            .WithSummary("The offers a customer sees now: active campaigns that target them (not their holdout), ranked by expected value")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapPost("/api/v1/tenants/{tenant}/offers/{campaign}/{step}", StepAsync).WithTags("Offers").WithName("RecordOfferStep")
            .WithSummary("A customer viewed, clicked or converted an offer (step = view, click or convert); 202 once it is on the customer's stream")
            .RequireAuthorization(TenantPolicies.Ingest)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        return routes;
    }

    public static async Task<Ok<IReadOnlyList<UserOffer>>> OffersAsync(string tenant, string userId, IGrainFactory grains)
    {
        if (!UserKey.IsValidId(userId))
        {
            throw ValidationErrors.Refusal("userId", "1-100 letters, digits and - _ . @ : +.");
        }

        return TypedResults.Ok(await grains.GetGrain<IUserProfileGrain>(new UserKey(tenant, userId).ToString()).GetOffersAsync());
    }

    public static async Task<Accepted<OfferStepResponse>> StepAsync(
        string tenant, string campaign, string step, OfferStepRequest body, IGrainFactory grains, IOptions<IngestionOptions> options, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var errors = RecordErrors.ForRecord();
        var batches = EngagementRecordMapper.ToBatches(tenant,
            [new EngagementRecord(body.UserId, body.EventId, Steps.TryGetValue(step, out var known) ? known.Name : step, campaign,
                body.Timestamp ?? now.ToString("o", CultureInfo.InvariantCulture), body.Amount)],
            now, options.Value.MaxAgeDays, errors);
        if (errors.Count > 0)
        {
            if (errors.Errors.Remove("kind"))
            {
                errors.Errors["step"] = ["Must be view, click or convert."];
            }

            throw new ValidationFailedException(errors.Errors);
        }

        await grains.GetGrain<IOfferCampaignBookGrain>(tenant).GetAsync(campaign);
        await grains.GetGrain<IUserEventPublisherGrain>(0).PublishAsync(batches);
        var engagement = batches[0].Engagements[0];
        return TypedResults.Accepted((string?)null, new OfferStepResponse(engagement.EventId, campaign, batches[0].User.UserId, engagement.Kind, engagement.At));
    }
}
