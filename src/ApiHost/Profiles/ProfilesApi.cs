using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Profiles;

/// <summary>Customers' live behavioural profiles and the behaviour segments they form.</summary>
/// <remarks>A customer's profile, every segment's size, average spend and trend, a segment's members a page at a time, and the entries and exits that moved them.</remarks>
public static class ProfilesApi
{
    public static RouteGroupBuilder MapProfiles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}").WithTags("Profiles")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/users/{userId}/profile", ProfileAsync).WithName("GetUserProfile")
            .WithSummary("A customer's live profile: 90-day behaviour, the patterns shown now, the latest entries and exits, engagement per offer campaign")
            .ProducesValidationProblem();
        group.MapGet("/segments", SegmentsAsync).WithName("ListBehaviorSegments")
            .WithSummary("Every behaviour segment (high spender, frequent, weekend, category focused, location clustered, new, inactive, seasonal): its size now, average 90-day spend per member and spend trend");
        group.MapGet("/segments/changes", ChangesAsync).WithName("ListPatternChanges")
            .WithSummary("Entries into and exits from segments, newest first; filter by pattern, userId, kind (entered or exited), from and to; page with limit and before=next")
            .ProducesValidationProblem();
        group.MapGet("/segments/{pattern}", MembersAsync).WithName("ListBehaviorSegmentMembers")
            .WithSummary("A segment's customers in id order with their 90-day spend and last purchase, a page at a time (limit 1-1000, 100 by default; after = the previous page's next)")
            .ProducesValidationProblem();
        return group;
    }

    public static async Task<Ok<UserProfile>> ProfileAsync(string tenant, string userId, IGrainFactory grains)
    {
        if (!UserKey.IsValidId(userId))
        {
            throw ValidationErrors.Refusal("userId", "1-100 letters, digits and - _ . @ : +.");
        }

        return TypedResults.Ok(await grains.GetGrain<IUserProfileGrain>(new UserKey(tenant, userId).ToString()).GetProfileAsync());
    }

    public static async Task<Ok<SegmentSizeResponse[]>> SegmentsAsync(string tenant, IGrainFactory grains) =>
        TypedResults.Ok(await BehaviorSegmentSizes.AllAsync(grains, tenant));

    /// <summary>One page from the customer table, in id order.</summary>
    public static async Task<Ok<SegmentMembersResponse>> MembersAsync(
        string tenant, string pattern, [AsParameters] SegmentMembersQuery query, IGrainFactory grains)
    {
        var errors = new ValidationErrors();
        var named = QueryValues.Named<BehaviorPattern>(pattern, "pattern", PatternChangesQueryString.PatternNames, errors);
        var (after, size) = query.Read(errors);
        errors.ThrowIfAny();
        var segment = named!.Value;
        var page = await grains.GetGrain<ICustomerDirectoryGrain>(tenant).MembersAsync(segment, after, size);
        return TypedResults.Ok(new SegmentMembersResponse(segment, page.Members, page.Next));
    }

    public static async Task<Ok<PatternChangePageResponse>> ChangesAsync(string tenant, [AsParameters] PatternChangesQueryString query, IGrainFactory grains) =>
        TypedResults.Ok(PatternChangePageResponse.From(await grains.GetGrain<ICustomerDirectoryGrain>(tenant).ChangesAsync(query.ToQuery())));

}
