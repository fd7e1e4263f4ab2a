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
/// The offers a customer sees now (a read: it changes nothing, and wakes no profile for a customer never seen),
/// and the customer's deliveries, views, clicks and conversions, which the app reports with ingest scope and
/// which travel on the customer's stream like every other engagement.
/// </remarks>
public static class UserOffersApi
{
    private static readonly Dictionary<string, (EngagementKind Kind, string Name)> Steps = new(StringComparer.Ordinal)
    {
        ["deliver"] = (EngagementKind.Delivered, "delivered"),
        ["view"] = (EngagementKind.Viewed, "viewed"),
        ["click"] = (EngagementKind.Clicked, "clicked"),
        ["convert"] = (EngagementKind.Converted, "converted"),
    };

    public static IEndpointRouteBuilder MapUserOffers(this IEndpointRouteBuilder routes)
    {
        routes.MapGet("/api/v1/tenants/{tenant}/users/{userId}/offers", OffersAsync).WithTags("Offers").WithName("ListUserOffers")
            .WithSummary("The offers a customer sees now: active campaigns that target them (not their holdout), ranked by expected value; counts no delivery")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        routes.MapPost("/api/v1/tenants/{tenant}/offers/{campaign}/{step}", StepAsync).WithTags("Offers").WithName("RecordOfferStep")
            .WithSummary("An offer was delivered to a customer, or they viewed, clicked or converted it (step = deliver, view, click or convert); 202 once it is on the customer's stream")
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

        return await grains.GetGrain<ICustomerDirectoryGrain>(tenant).IsKnownAsync(userId)
            ? TypedResults.Ok(await grains.GetGrain<IUserProfileGrain>(new UserKey(tenant, userId).ToString()).GetOffersAsync())
            : TypedResults.Ok<IReadOnlyList<UserOffer>>([]);
    }

    public static async Task<Accepted<OfferStepResponse>> StepAsync(
        string tenant, string campaign, string step, OfferStepRequest body, IGrainFactory grains, IOptions<IngestionOptions> options, TimeProvider clock)
    {
        var now = clock.GetUtcNow();
        var errors = RecordErrors.ForRecord();
        var known = Steps.TryGetValue(step, out var found) ? found : ((EngagementKind Kind, string Name)?)null;

        // A delivery without an event id counts once per customer and campaign however often the app shows the offer,
        // under the id the offers read used to count it by, so a delivery counted that way is not counted again.
        var eventId = body.EventId ?? (known?.Kind == EngagementKind.Delivered ? $"delivered:{campaign}" : null);
        var batches = EngagementRecordMapper.ToBatches(tenant,
            [new EngagementRecord(body.UserId, eventId, known?.Name ?? step, campaign,
                body.Timestamp ?? now.ToString("o", CultureInfo.InvariantCulture), body.Amount)],
            now, options.Value.MaxAgeDays, errors);
        if (errors.Count > 0)
        {
            if (errors.Errors.Remove("kind"))
            {
                errors.Errors["step"] = ["Must be deliver, view, click or convert."];
            }

            throw new ValidationFailedException(errors.Errors);
        }

        await grains.GetGrain<IOfferCampaignBookGrain>(tenant).GetAsync(campaign);
        await grains.GetGrain<IUserEventPublisherGrain>(0).PublishAsync(batches);
        var engagement = batches[0].Engagements[0];
        return TypedResults.Accepted((string?)null, new OfferStepResponse(engagement.EventId, campaign, batches[0].User.UserId, engagement.Kind, engagement.At));
    }
}
