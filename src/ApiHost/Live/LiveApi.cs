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

/// <summary><c>GET /api/v1/tenants/{tenant}/live</c>: server-sent events, once a second, for dashboards.</summary>
public static class LiveApi
{
    public static readonly TimeSpan Interval = TimeSpan.FromSeconds(1);

    private static readonly ReportingWindowQuery Today = new(Window: "today");

    public static RouteHandlerBuilder MapLive(this IEndpointRouteBuilder routes) =>
        routes.MapGet("/api/v1/tenants/{tenant}/live", LiveAsync).WithTags("Live").WithName("LiveFeed")
            .WithSummary("Server-sent events once a second: today's KPIs, the campaigns that changed, behaviour segment sizes and the entries and exits since the last tick")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesProblem(StatusCodes.Status404NotFound);

    public static async Task<ServerSentEventsResult<LiveUpdate>> LiveAsync(
        string tenant, IGrainFactory grains, ReportingWindows windows, TimeProvider clock, CancellationToken cancellationToken)
    {
        await grains.RequireTenantAsync(tenant);
        return TypedResults.ServerSentEvents(UpdatesAsync(tenant, grains, windows, clock, cancellationToken), eventType: "update");
    }

    private static async IAsyncEnumerable<LiveUpdate> UpdatesAsync(
        string tenant, IGrainFactory grains, ReportingWindows windows, TimeProvider clock, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        using var timer = new PeriodicTimer(Interval, clock);
        var since = DateTimeOffset.MinValue;
        var directory = grains.GetGrain<ICustomerDirectoryGrain>(tenant);
        var newest = (await directory.ChangesAsync(new PatternChangeQuery(1))).Items;
        var feed = new PatternChangeFeed(newest.Count == 0 ? 0 : newest[0].Id);
        do
        {
            var now = clock.GetUtcNow();
            var window = await windows.ResolveAsync(tenant, Today);
            var rollup = grains.GetGrain<ITenantRollupGrain>(tenant);
            var today = SummaryResponse.From(window, await rollup.GetOverviewAsync(window));
            var changed = await rollup.GetChangedSinceAsync(since);
            var campaigns = await Task.WhenAll(changed.Select(key => grains.GetGrain<ICampaignGrain>(key.ToString()).GetSummaryAsync(window)));
            var segments = await BehaviorSegmentSizes.AllAsync(grains, tenant);
            var entries = feed.Take((await directory.ChangesAsync(feed.Query)).Items);
            since = now;
            yield return new LiveUpdate(now, today, [.. campaigns.Select(CampaignResponse.From)], segments, [.. entries.Select(PatternChangeResponse.From)]);
        }
        while (await timer.WaitForNextTickAsync(cancellationToken));
    }
}
