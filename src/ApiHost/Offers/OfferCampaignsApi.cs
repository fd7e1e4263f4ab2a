using System.Security.Claims;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Offers;
using GrainMarketing.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Offers;

/// <summary>The tenant's offer campaigns (the daily analysis' and people's), their lifecycle and their results with the uplift over the holdout.</summary>
/// <remarks>
/// Route: <c>/api/v1/tenants/{tenant}/offer-campaigns</c>. Viewers read; editors create, change, delete, activate
/// and pause, and every change is audited with before and after.
/// </remarks>
public static class OfferCampaignsApi
{
    public static RouteGroupBuilder MapOfferCampaigns(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/offer-campaigns").WithTags("Offer campaigns")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ListAsync).WithName("ListOfferCampaigns").WithSummary("Offer campaigns newest first, optionally of one status (draft, active, paused, expired) or type")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem();
        group.MapPost("/", CreateAsync).WithName("CreateOfferCampaign").WithSummary("Create a campaign as a draft; 400 names every bad field")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesValidationProblem();
        group.MapGet("/{id}", GetAsync).WithName("GetOfferCampaign").WithSummary("One offer campaign")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapPut("/{id}", UpdateAsync).WithName("UpdateOfferCampaign")
            .WithSummary("Replace a campaign (an active or paused one may change only its name, offer and duration); send If-Match: \"{version}\" to refuse lost updates (409)")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id}", DeleteAsync).WithName("DeleteOfferCampaign").WithSummary("Delete a campaign and its target list")
            .RequireAuthorization(TenantPolicies.Write);
        group.MapPost("/{id}/activate", ActivateAsync).WithName("ActivateOfferCampaign")
            .WithSummary("Start a draft (its target list is built now) or resume a paused campaign; 409 when another active campaign of its type targets the same segment")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/pause", PauseAsync).WithName("PauseOfferCampaign").WithSummary("Pause an active campaign (it still expires at its end)")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id}/results", ResultsAsync).WithName("GetOfferCampaignResults")
            .WithSummary("Targets, deliveries, views, clicks, conversions, conversion rate, revenue, cost of the offer, ROI, and the uplift over the holdout with 95% intervals")
            .RequireAuthorization(TenantPolicies.Read);
        return group;
    }

    public static async Task<Ok<IReadOnlyList<OfferCampaign>>> ListAsync(string tenant, [AsParameters] OfferCampaignListQuery query, IGrainFactory grains)
    {
        var errors = new ValidationErrors();
        var (status, type) = query.Read(errors);
        errors.ThrowIfAny();
        return TypedResults.Ok(await Book(grains, tenant).ListAsync(status, type));
    }

    public static async Task<Created<OfferCampaign>> CreateAsync(
        string tenant, OfferCampaignRequest request, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        var settings = await grains.GetGrain<IBehaviorSettingsGrain>(tenant).GetSettingsAsync();
        var created = await Book(grains, tenant).CreateAsync(request.ToDraft(settings.HoldoutShare), user.Actor() ?? "");
        await audit.RecordTenantAsync("offer-campaign.created", tenant, created.Id, after: created);
        return TypedResults.Created($"/api/v1/tenants/{tenant}/offer-campaigns/{created.Id}", created);
    }

    public static async Task<Ok<OfferCampaign>> GetAsync(string tenant, string id, IGrainFactory grains) =>
        TypedResults.Ok(await Book(grains, tenant).GetAsync(id));

    public static async Task<Ok<OfferCampaign>> UpdateAsync(
        string tenant, string id, OfferCampaignRequest request, HttpRequest http, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        var expectedVersion = ExpectedVersion(http);
        var book = Book(grains, tenant);
        var before = await book.GetAsync(id);
        var after = await book.UpdateAsync(id, request.ToDraft(before.Draft.HoldoutShare), expectedVersion, user.Actor() ?? "");
        await audit.RecordTenantAsync("offer-campaign.updated", tenant, id, before, after);
        return TypedResults.Ok(after);
    }

    public static async Task<NoContent> DeleteAsync(string tenant, string id, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        var book = Book(grains, tenant);
        var before = await book.GetAsync(id);
        await book.DeleteAsync(id, user.Actor() ?? "");
        await audit.RecordTenantAsync("offer-campaign.deleted", tenant, id, before: before);
        return TypedResults.NoContent();
    }

    public static async Task<Ok<OfferCampaign>> ActivateAsync(string tenant, string id, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        var book = Book(grains, tenant);
        var before = await book.GetAsync(id);
        var after = await book.ActivateAsync(id, user.Actor() ?? "");
        await audit.RecordTenantAsync("offer-campaign.activated", tenant, id, Lifecycle(before), Lifecycle(after));
        return TypedResults.Ok(after);
    }

    public static async Task<Ok<OfferCampaign>> PauseAsync(string tenant, string id, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        var book = Book(grains, tenant);
        var before = await book.GetAsync(id);
        var after = await book.PauseAsync(id, user.Actor() ?? "");
        await audit.RecordTenantAsync("offer-campaign.paused", tenant, id, Lifecycle(before), Lifecycle(after));
        return TypedResults.Ok(after);
    }

    public static async Task<Ok<CampaignResults>> ResultsAsync(string tenant, string id, IGrainFactory grains) =>
        TypedResults.Ok(await Book(grains, tenant).GetResultsAsync(id));

    private static IOfferCampaignBookGrain Book(IGrainFactory grains, string tenant) => grains.GetGrain<IOfferCampaignBookGrain>(tenant);

    /// <summary>What an activation or pause changes: the status, when it runs, and the target list it was given.</summary>
    private static object Lifecycle(OfferCampaign campaign) =>
        new { campaign.Status, campaign.StartsAt, campaign.EndsAt, campaign.Targets, campaign.HeldOut, campaign.Version };

    /// <summary>The version in an <c>If-Match: "3"</c> header, or null without one; anything else is a 400.</summary>
    private static int? ExpectedVersion(HttpRequest request) =>
        request.Headers.IfMatch.ToString() is { Length: > 0 } header
            ? int.TryParse(header.Trim('"', ' ', 'W', '/'), out var version) && version > 0
                ? version
                : throw ValidationErrors.Refusal("If-Match", "A campaign version such as \"3\".")
            : null;
}
