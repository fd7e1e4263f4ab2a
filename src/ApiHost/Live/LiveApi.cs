using System.Runtime.CompilerServices;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Analytics;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Profiles;
using GrainMarketing.ApiHost.Tenants;
using GrainMarketing.Campaigns;
using GrainMarketing.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Live;

/// <summary><c>GET /api/v1/tenants/{tenant}/live</c>: server-sent events, for dashboards: once a second, and soon after the numbers change.</summary>
/// <remarks>Access is checked again before every update; a caller holds at most <see cref="LiveOptions.MaxStreamsPerCaller"/> feeds at once.</remarks>
public static class LiveApi
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private static readonly ReportingWindowQuery Today = new(Window: "today");

    public static RouteHandlerBuilder MapLive(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/tenants/{tenant}/live", LiveAsync).WithTags("Live").WithName("LiveFeed")
            .WithSummary("Server-sent events once a second and within a quarter of a second of a change: today's KPIs, the campaigns that changed, behaviour segment sizes and the entries and exits since the last tick")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);

    public static async Task<ServerSentEventsResult<LiveUpdate>> LiveAsync(
        string tenant, HttpContext http, IGrainFactory grains, ReportingWindows windows, TimeProvider clock, CallerAccess access, LiveStreams streams,
        LiveChanges changes, CancellationToken cancellationToken)
    {
        await grains.RequireTenantAsync(tenant);
        http.Response.RegisterForDispose(streams.Open(http.User.Actor() ?? throw new InvalidOperationException("The read policy lets anonymous callers through.")));
        var wake = changes.Watch(tenant);
        http.Response.RegisterForDispose(wake);
        var requirement = TenantPolicies.Requirements[TenantPolicies.Read];
        return TypedResults.ServerSentEvents(
            UpdatesAsync(tenant, grains, windows, clock, wake, () => access.StillAllowedAsync(http, tenant, requirement), cancellationToken), eventType: "update");
    }

    /// <summary>An update each time <paramref name="wake"/> says while <paramref name="stillAllowed"/> says yes: the feed ends with the caller's access (logout, revoked key, removal, expiry).</summary>
    private static async IAsyncEnumerable<LiveUpdate> UpdatesAsync(
        string tenant, IGrainFactory grains, ReportingWindows windows, TimeProvider clock, LiveWake wake, Func<ValueTask<bool>> stillAllowed,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var since = DateTimeOffset.MinValue;
        var directory = grains.GetGrain<ICustomerDirectoryGrain>(tenant);
        var newest = (await directory.ChangesAsync(new PatternChangeQuery(1))).Items;
        var feed = new PatternChangeFeed(newest.Count == 0 ? 0 : newest[0].Id);
        while (true)
        {
            if (!await stillAllowed())
            {
                yield break;
            }

            var now = clock.GetUtcNow();
            var window = await windows.ResolveAsync(tenant, Today);
            var rollup = grains.GetGrain<ITenantRollupGrain>(tenant);
            var currency = await windows.CurrencyAsync(tenant);
            var today = SummaryResponse.From(window, await rollup.GetOverviewAsync(window), currency);
            var changed = await rollup.GetChangedSinceAsync(since);
            var campaigns = await Task.WhenAll(changed.Select(key => grains.GetGrain<ICampaignGrain>(key.ToString()).GetSummaryAsync(window)));
            var segments = await BehaviorSegmentSizes.AllAsync(grains, tenant);
            var entries = feed.Take((await directory.ChangesAsync(feed.Query)).Items);
            since = now;
            yield return new LiveUpdate(now, today, [.. campaigns.Select(c => CampaignResponse.From(c, currency))], segments, [.. entries.Select(PatternChangeResponse.From)]);
            await wake.NextAsync(cancellationToken);
        }
    }
}
