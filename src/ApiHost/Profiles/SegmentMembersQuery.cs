using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Profiles;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Profiles;

/// <summary>The page a query string of <c>GET /api/v1/tenants/{tenant}/segments/{pattern}</c> asks for, as sent.</summary>
/// <param name="After">The <c>next</c> of the previous page.</param>
/// <param name="Limit">Customers per page, 1-1000 (100 when absent).</param>
public sealed record SegmentMembersQuery(
    [FromQuery(Name = "after")] string? After = null,
    [FromQuery(Name = "limit")] string? Limit = null)
{
    public const int DefaultLimit = 100;

    /// <summary>The customer to start after (null for the first page) and the page size; each bad value is added to <paramref name="errors"/>.</summary>
    public (string? After, int Limit) Read(ValidationErrors errors)
    {
        var size = QueryValues.Limit(Limit, DefaultLimit, BehaviorSegments.MaxPage, errors);
        if (After is { Length: > UserKey.MaxIdLength })
        {
            errors.Add("after", $"At most {UserKey.MaxIdLength} characters: the next of a previous page.");
        }

        return (QueryValues.Given(After), size);
    }
}
