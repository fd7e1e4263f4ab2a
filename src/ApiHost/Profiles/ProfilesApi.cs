using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Errors;
using GrainMarketing.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Profiles;

/// <summary>
/// Customers' live behavioural profiles and the behaviour segments they form: a customer's profile,
/// every segment's size, and a segment's members a page at a time.
/// </summary>
public static class ProfilesApi
{
    public const int DefaultPage = 100;

    public static RouteGroupBuilder MapProfiles(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}").WithTags("Profiles")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/users/{userId}/profile", ProfileAsync).WithName("GetUserProfile")
            .WithSummary("A customer's live profile: 90-day behaviour, the patterns shown now, the latest entries and exits, engagement per offer campaign")
            .ProducesValidationProblem();
        group.MapGet("/segments", SegmentsAsync).WithName("ListBehaviorSegments")
            .WithSummary("Every behaviour segment (high spender, frequent, weekend, category focused, location clustered, new, inactive, seasonal) and its size now");
        group.MapGet("/segments/{pattern}", MembersAsync).WithName("ListBehaviorSegmentMembers")
            .WithSummary("A segment's customers in id order, a page at a time (limit 1-1000, 100 by default; after = the previous page's next)")
            .ProducesValidationProblem();
        return group;
    }

    public static async Task<Ok<UserProfile>> ProfileAsync(string tenant, string userId, IGrainFactory grains)
    {
        if (!UserKey.IsValidId(userId))
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["userId"] = ["1-100 letters, digits and - _ . @ : +."] });
        }

        return TypedResults.Ok(await grains.GetGrain<IUserProfileGrain>(new UserKey(tenant, userId).ToString()).GetProfileAsync());
    }

    public static async Task<Ok<SegmentSizeResponse[]>> SegmentsAsync(string tenant, IGrainFactory grains) =>
        TypedResults.Ok(await Task.WhenAll(Enum.GetValues<BehaviorPattern>().Select(async pattern =>
            new SegmentSizeResponse(pattern, (await Task.WhenAll(Shards(grains, tenant, pattern).Select(shard => shard.CountAsync()))).Sum()))));

    /// <summary>Each shard's next members after the cursor, merged in id order.</summary>
    public static async Task<Ok<SegmentMembersResponse>> MembersAsync(string tenant, string pattern, string? after, string? limit, IGrainFactory grains)
    {
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var named = QueryValues.Named<BehaviorPattern>(pattern, "pattern", "highSpender, frequent, weekend, categoryFocused, locationClustered, new, inactive or seasonal", errors);
        var size = QueryValues.Limit(limit, DefaultPage, BehaviorSegments.MaxPage, errors);
        if (after is { Length: > UserKey.MaxIdLength })
        {
            errors["after"] = [$"At most {UserKey.MaxIdLength} characters: the next of a previous page."];
        }

        if (errors.Count > 0 || named is not { } segment)
        {
            throw new ValidationFailedException(errors);
        }

        var pages = await Task.WhenAll(Shards(grains, tenant, segment).Select(shard => shard.MembersAsync(QueryValues.Given(after), size + 1)));
        var merged = pages.SelectMany(page => page).Order(StringComparer.Ordinal).Take(size + 1).ToList();
        return TypedResults.Ok(merged.Count > size
            ? new SegmentMembersResponse(segment, merged[..size], merged[size - 1])
            : new SegmentMembersResponse(segment, merged, null));
    }

    private static IEnumerable<IBehaviorSegmentGrain> Shards(IGrainFactory grains, string tenant, BehaviorPattern pattern) =>
        Enumerable.Range(0, BehaviorSegments.Shards).Select(shard => grains.GetGrain<IBehaviorSegmentGrain>(BehaviorSegments.Key(tenant, pattern, shard)));
}
