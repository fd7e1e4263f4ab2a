using System.Security.Claims;
using GrainMarketing.Alerts;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Alerts;

/// <summary>Where a tenant's alerts go (webhook, Slack, email, routed by severity) and what became of each.</summary>
/// <remarks>
/// Routes: <c>/api/v1/tenants/{tenant}/alert-channels</c> and <c>/alerts</c>. Viewers read channels (a URL as its
/// scheme and host: only admins see a webhook's whole) and history; admins create, change, delete and rotate channels,
/// each change audited without secrets or URLs; editors may also test a channel, which sends a message and changes nothing.
/// </remarks>
public static class AlertsApi
{
    /// <summary>How long a channel test waits for its attempt: longer than an attempt may take (Alerts:SendTimeout, 10 s by default).</summary>
    public static readonly TimeSpan TestWait = TimeSpan.FromSeconds(15);

    public static RouteGroupBuilder MapAlerts(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}").WithTags("Alerts")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/alert-channels", ListAsync).WithName("ListAlertChannels").WithSummary("Every alert channel, by name; never a secret, and URLs as scheme and host except to admins (a Slack URL to everyone)")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapPost("/alert-channels", CreateAsync).WithName("CreateAlertChannel")
            .WithSummary("Create a webhook, slack or email channel; a webhook's signing secret is in this answer only. 400 names every bad field")
            .RequireAuthorization(TenantPolicies.Admin)
            .ShowsSecretOnce()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/alert-channels/{id:guid}", GetAsync).WithName("GetAlertChannel").WithSummary("One alert channel; never its secret, and its URL as scheme and host except to admins (a Slack URL to everyone)")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapPut("/alert-channels/{id:guid}", UpdateAsync).WithName("UpdateAlertChannel")
            .WithSummary("Replace a channel's settings; its type and secret stay (a Slack URL sent back as answered keeps the URL)")
            .RequireAuthorization(TenantPolicies.Admin)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/alert-channels/{id:guid}", DeleteAsync).WithName("DeleteAlertChannel")
            .WithSummary("Delete a channel; its pending deliveries fail")
            .RequireAuthorization(TenantPolicies.Admin);
        group.MapPost("/alert-channels/{id:guid}/rotate-secret", RotateSecretAsync).WithName("RotateAlertChannelSecret")
            .WithSummary("Give a webhook channel a new signing secret, shown in this answer only; the old one stops at once")
            .RequireAuthorization(TenantPolicies.Admin)
            .ShowsSecretOnce()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/alert-channels/{id:guid}/test", TestAsync).WithName("TestAlertChannel")
            .WithSummary("Send a channel.test alert to this channel alone (one attempt) and answer its outcome, waiting up to 15 s")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/alerts", HistoryAsync).WithName("ListAlerts")
            .WithSummary("Alerts newest first with every delivery attempt; filter by severity, kind, channel, status, ruleId, from and to; page with limit and before=next")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem();
        return group;
    }

    public static async Task<Ok<IReadOnlyList<AlertChannel>>> ListAsync(string tenant, HttpContext http, IAuthorizationService authorization, IGrainFactory grains)
    {
        var channels = await Router(grains, tenant).ListChannelsAsync();
        return TypedResults.Ok(await IsAdminAsync(http, authorization) ? channels : [.. channels.Select(channel => channel.WithMaskedUrl())]);
    }

    public static async Task<Created<AlertChannelWithSecret>> CreateAsync(
        string tenant, AlertChannelDefinition channel, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        ThrowIfInvalid(channel);
        var created = await Router(grains, tenant).CreateChannelAsync(channel, user.Actor() ?? "");
        await audit.RecordTenantAsync("alert-channel.created", tenant, created.Channel.Id.ToString(), after: AlertChannelAudit.From(created.Channel));
        return TypedResults.Created($"/api/v1/tenants/{tenant}/alert-channels/{created.Channel.Id}", created);
    }

    public static async Task<Ok<AlertChannel>> GetAsync(string tenant, Guid id, HttpContext http, IAuthorizationService authorization, IGrainFactory grains)
    {
        var channel = await Router(grains, tenant).GetChannelAsync(id);
        return TypedResults.Ok(await IsAdminAsync(http, authorization) ? channel : channel.WithMaskedUrl());
    }

    public static async Task<Ok<AlertChannel>> UpdateAsync(
        string tenant, Guid id, AlertChannelDefinition channel, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        ThrowIfInvalid(channel);
        var change = await Router(grains, tenant).UpdateChannelAsync(id, channel, user.Actor() ?? "");
        await audit.RecordTenantAsync("alert-channel.updated", tenant, id.ToString(), AlertChannelAudit.From(change.Before), AlertChannelAudit.From(change.After));
        return TypedResults.Ok(change.After!);
    }

    public static async Task<NoContent> DeleteAsync(string tenant, Guid id, IGrainFactory grains, AuditTrail audit)
    {
        var change = await Router(grains, tenant).DeleteChannelAsync(id);
        await audit.RecordTenantAsync("alert-channel.deleted", tenant, id.ToString(), before: AlertChannelAudit.From(change.Before));
        return TypedResults.NoContent();
    }

    public static async Task<Ok<AlertChannelWithSecret>> RotateSecretAsync(string tenant, Guid id, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        var rotated = await Router(grains, tenant).RotateSecretAsync(id, user.Actor() ?? "");
        await audit.RecordTenantAsync("alert-channel.secret-rotated", tenant, id.ToString(),
            after: new { rotated.Channel.Name, rotated.Channel.SecretRotatedAt });
        return TypedResults.Ok(rotated);
    }

    public static async Task<Ok<AlertChannelTestResponse>> TestAsync(string tenant, Guid id, ClaimsPrincipal user, IGrainFactory grains)
    {
        var router = Router(grains, tenant);
        var test = await router.TestChannelAsync(id, user.Actor() ?? "");
        return TypedResults.Ok(AlertChannelTestResponse.From(test, await router.WaitForTestAsync(test.DeliveryId, TestWait)));
    }

    public static async Task<Ok<AlertHistoryPage>> HistoryAsync(string tenant, [AsParameters] AlertHistoryQueryString queryString, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IAlertHistoryGrain>(tenant).QueryAsync(queryString.ToQuery()));

    private static IAlertRouterGrain Router(IGrainFactory grains, string tenant) => grains.GetGrain<IAlertRouterGrain>(tenant);

    /// <summary>Whether the caller may change the route's tenant's channels, and so see their URLs whole.</summary>
    private static async Task<bool> IsAdminAsync(HttpContext http, IAuthorizationService authorization) =>
        (await authorization.AuthorizeAsync(http.User, http, TenantPolicies.Admin)).Succeeded;

    /// <summary>Checked here too, so a refused channel never reaches the grain.</summary>
    private static void ThrowIfInvalid(AlertChannelDefinition channel)
    {
        ValidationErrors.From(AlertChannelValidation.Validate(channel)).ThrowIfAny();
    }
}
