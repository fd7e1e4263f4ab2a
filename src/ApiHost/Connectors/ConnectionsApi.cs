using System.Security.Claims;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Connectors;
using GrainMarketing.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Connectors;

/// <summary>Connections to ad platforms: connect once (OAuth 2.0 with PKCE and state, or a system-user token), pick the accounts to sync.</summary>
/// <remarks>
/// Routes: <c>/api/v1/tenants/{tenant}/connections</c> (viewers read, admins change; every change audited, never a token)
/// and <c>/api/v1/connections/callback</c>, where the platform sends the person back. The callback is anonymous: the
/// single-use, unguessable <c>state</c> is what ties it to the connection that started the flow. The callback the platforms
/// are given is <c>Connectors:CallbackUrl</c> (as registered with their apps), else this host as the caller reached it.
/// With <c>Connectors:ReturnUrl</c> set it redirects to the dashboard's connections page; otherwise it answers the connection.
/// </remarks>
public static class ConnectionsApi
{
    public const string CallbackPath = "/api/v1/connections/callback";

    public static RouteGroupBuilder MapConnections(this IEndpointRouteBuilder routes)
    {
        routes.MapGet(CallbackPath, CallbackAsync).WithTags("Connections").WithName("CompleteConnection")
            .WithSummary("Where a platform sends the person after consent: exchanges the code for a grant (PKCE), lists the accounts it sees; 400 when the state is unknown, used or expired, or the person refused")
            .AllowAnonymous()
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status502BadGateway);
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/connections").WithTags("Connections")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateConnection")
            .WithSummary("Connect a platform: with accessToken it is used at once (400 when the platform refuses it); without, the answer's authorizationUrl starts the consent")
            .RequireAuthorization(TenantPolicies.Admin)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict)
            .ProducesProblem(StatusCodes.Status502BadGateway);
        group.MapGet("/", ListAsync).WithName("ListConnections").WithSummary("The tenant's connections, newest first; never a token")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetConnection").WithSummary("One connection: status, the accounts it sees and which sync, when its token expires")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapGet("/{id:guid}/syncs", SyncsAsync).WithName("ListConnectionSyncs")
            .WithSummary("Each selected account's sync: backfill progress, last success, next run, rows pulled, restated days, the platform's quota, and the newest pulls with their errors in the platform's words")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapPost("/{id:guid}/sync", SyncNowAsync).WithName("SyncConnection")
            .WithSummary("Pull every selected account now (today, or the next backfill chunk; with restatement=true the platform's whole restatement window, as the daily re-pull does); an account the platform asked to wait sends nothing before then; 409 when the connection needs a new consent")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPut("/{id:guid}/accounts", SelectAccountsAsync).WithName("SelectConnectionAccounts")
            .WithSummary("Choose which of the connection's accounts sync, and how many days a newly selected one backfills (default 90); 400 names an account it cannot see")
            .RequireAuthorization(TenantPolicies.Admin)
            .ProducesValidationProblem();
        group.MapPost("/{id:guid}/authorize", ReauthorizeAsync).WithName("ReauthorizeConnection")
            .WithSummary("Start a new consent for the connection (after needsReauth); the answer's authorizationUrl starts it and the account selection stays")
            .RequireAuthorization(TenantPolicies.Admin)
            .ProducesProblem(StatusCodes.Status502BadGateway);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteConnection").WithSummary("Forget the connection and its grant")
            .RequireAuthorization(TenantPolicies.Admin);
        return group;
    }

    public static async Task<Created<Connection>> CreateAsync(
        string tenant, CreateConnectionRequest? request, ClaimsPrincipal user, HttpContext http, IConfiguration configuration, IGrainFactory grains, AuditTrail audit)
    {
        var wanted = (request ?? new CreateConnectionRequest()).Read();
        var id = Guid.NewGuid();
        var created = await Connection(grains, tenant, id).StartAsync(wanted, user.Actor() ?? "", Callback(http, configuration));
        await audit.RecordTenantAsync("connection.created", tenant, id.ToString(), after: Audited(created));
        return TypedResults.Created($"/api/v1/tenants/{tenant}/connections/{id}", created);
    }

    public static async Task<Ok<IReadOnlyList<Connection>>> ListAsync(string tenant, IGrainFactory grains)
    {
        var ids = await grains.GetGrain<IConnectionBookGrain>(tenant).ListAsync();
        var connections = await Task.WhenAll(ids.Select(id => Connection(grains, tenant, id).GetAsync()));
        return TypedResults.Ok<IReadOnlyList<Connection>>([.. connections.OfType<Connection>()]);
    }

    public static async Task<Ok<Connection>> GetAsync(string tenant, Guid id, IGrainFactory grains) =>
        TypedResults.Ok(await ExistingAsync(grains, tenant, id) with { Syncs = await Connection(grains, tenant, id).SyncsAsync() });

    public static async Task<Ok<IReadOnlyList<AccountSync>>> SyncsAsync(string tenant, Guid id, IGrainFactory grains)
    {
        await ExistingAsync(grains, tenant, id);
        return TypedResults.Ok(await Connection(grains, tenant, id).SyncsAsync());
    }

    public static async Task<Ok<IReadOnlyList<AccountSync>>> SyncNowAsync(string tenant, Guid id, IGrainFactory grains, AuditTrail audit, bool restatement = false)
    {
        await ExistingAsync(grains, tenant, id);
        var syncs = await Connection(grains, tenant, id).SyncNowAsync(restatement);
        await audit.RecordTenantAsync("connection.synced", tenant, id.ToString(), after: new { Accounts = syncs.Select(s => s.AccountId).ToList() });
        return TypedResults.Ok(syncs);
    }

    public static async Task<Ok<Connection>> SelectAccountsAsync(string tenant, Guid id, SelectAccountsRequest? request, IGrainFactory grains, ClaimsPrincipal user, AuditTrail audit)
    {
        var before = await ExistingAsync(grains, tenant, id);
        var body = request ?? new SelectAccountsRequest();
        var after = await Connection(grains, tenant, id).SelectAccountsAsync(body.Read(), user.Actor() ?? "", body.BackfillDays);
        await audit.RecordTenantAsync("connection.accounts_selected", tenant, id.ToString(), Selected(before), Selected(after));
        return TypedResults.Ok(after);
    }

    public static async Task<Ok<Connection>> ReauthorizeAsync(string tenant, Guid id, HttpContext http, IConfiguration configuration, IGrainFactory grains, AuditTrail audit)
    {
        var started = await Connection(grains, tenant, id).ReauthorizeAsync(Callback(http, configuration));
        await audit.RecordTenantAsync("connection.reauthorizing", tenant, id.ToString(), after: Audited(started));
        return TypedResults.Ok(started);
    }

    public static async Task<NoContent> DeleteAsync(string tenant, Guid id, IGrainFactory grains, AuditTrail audit)
    {
        var before = await ExistingAsync(grains, tenant, id);
        await Connection(grains, tenant, id).DisconnectAsync();
        await audit.RecordTenantAsync("connection.deleted", tenant, id.ToString(), before: Audited(before));
        return TypedResults.NoContent();
    }

    public static async Task<Results<Ok<Connection>, RedirectHttpResult>> CallbackAsync(
        [AsParameters] ConnectionCallbackQuery query, IGrainFactory grains, IConfiguration configuration, AuditTrail audit)
    {
        var code = query.Code ?? query.AuthCode;
        var pending = string.IsNullOrEmpty(query.State) ? null : await grains.GetGrain<IOAuthStateGrain>(OAuthStateKey.For(query.State)).TakeAsync();
        var errors = new ValidationErrors();
        if (pending is null)
        {
            errors.Add("state", "Unknown, already used or expired: start the connection again.");
        }
        else if (query.Error is not null)
        {
            errors.Add("error", $"The platform answered {query.Error}: {query.ErrorDescription ?? "no description"}. Start the connection again.");
        }
        else if (string.IsNullOrEmpty(code))
        {
            errors.Add("code", "Required: the authorization code the platform sends back.");
        }

        errors.ThrowIfAny();
        var connected = await Connection(grains, pending!.Tenant, pending.ConnectionId).CompleteAsync(code!, query.State!);
        await audit.RecordAsync("connection.authorized", connected.CreatedBy, pending.Tenant, connected.Id.ToString(), after: Audited(connected));
        return configuration["Connectors:ReturnUrl"] is { Length: > 0 } returnUrl
            ? TypedResults.Redirect($"{returnUrl.TrimEnd('/')}/t/{pending.Tenant}/settings/connections?connected={connected.Id}")
            : TypedResults.Ok(connected);
    }

    /// <summary>The callback the platforms send the person back to: <c>Connectors:CallbackUrl</c> as registered with their apps, else this host as the caller reached it.</summary>
    private static Uri Callback(HttpContext http, IConfiguration configuration) =>
        configuration["Connectors:CallbackUrl"] is { Length: > 0 } configured
            ? new Uri(configured)
            : new Uri($"{http.Request.Scheme}://{http.Request.Host}{CallbackPath}");

    private static IConnectionGrain Connection(IGrainFactory grains, string tenant, Guid id) => grains.GetGrain<IConnectionGrain>($"{tenant}/{id}");

    private static async Task<Connection> ExistingAsync(IGrainFactory grains, string tenant, Guid id) =>
        await Connection(grains, tenant, id).GetAsync() ?? throw new NotFoundException("connection", id.ToString());

    private static object Audited(Connection connection) => new
    {
        connection.Platform,
        connection.Name,
        connection.Status,
        connection.WriteBack,
        connection.DryRun,
        Accounts = connection.Accounts.Count,
    };

    private static object Selected(Connection connection) => new { Selected = connection.Accounts.Where(a => a.Selected).Select(a => a.Id).ToList() };
}
