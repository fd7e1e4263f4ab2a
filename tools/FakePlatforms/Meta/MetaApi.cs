using GrainMarketing.FakePlatforms.Accounts;
using GrainMarketing.FakePlatforms.Auth;
using GrainMarketing.FakePlatforms.Control;

namespace GrainMarketing.FakePlatforms.Meta;

/// <summary>
/// The Graph API under <c>/meta</c> (graph.facebook.com and www.facebook.com in one): OAuth, ad accounts,
/// campaigns and ad sets, insights (sync and async report runs) and write-back.
/// </summary>
public static class MetaApi
{
    public static RouteGroupBuilder MapMeta(this IEndpointRouteBuilder routes)
    {
        var meta = routes.MapGroup("/meta");
        meta.MapGet("/dialog/oauth", MetaOAuth.Dialog);
        meta.MapGet("/{version}/dialog/oauth", MetaOAuth.Dialog);
        meta.MapGet("/oauth/access_token", MetaOAuth.AccessToken);
        meta.MapGet("/{version}/oauth/access_token", MetaOAuth.AccessToken);
        meta.MapDelete("/{version}/me/permissions", MetaOAuth.RevokePermissions);
        meta.MapGet("/{version}/me/adaccounts", MetaEntities.AdAccounts);
        meta.MapGet("/{version}/{node}/campaigns", MetaEntities.Campaigns);
        meta.MapGet("/{version}/{node}/adsets", MetaEntities.AdSets);
        meta.MapGet("/{version}/{node}/insights", ReadInsights);
        meta.MapPost("/{version}/{node}/insights", StartReportRun);
        meta.MapGet("/{version}/{node}", MetaEntities.Read);
        meta.MapPost("/{version}/{node}", MetaWriteBack.Update);
        return meta;
    }

    /// <summary>
    /// The common first step: a good token, the caller within its budget, the usage headers on the answer.
    /// Returns the refusal, or null to go on.
    /// </summary>
    public static async Task<IResult?> EnterAsync(HttpContext context, Gate gate, string? accountId)
    {
        var token = await ParamAsync(context.Request, "access_token") ?? Gate.Bearer(context.Request);
        var (state, verdict) = gate.Enter(Platform.Meta, token);
        if (state != TokenState.Valid)
        {
            return MetaErrors.Token(state);
        }

        MetaErrors.Usage(context.Response, accountId ?? "app", verdict);
        return verdict.Throttled ? MetaErrors.Throttled() : null;
    }

    /// <summary>A Graph parameter from the query string or, on a POST, the form body.</summary>
    public static async Task<string?> ParamAsync(HttpRequest request, string name)
    {
        if (request.Query.TryGetValue(name, out var fromQuery) && fromQuery.Count > 0)
        {
            return fromQuery.ToString();
        }

        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync();
            if (form.TryGetValue(name, out var fromForm) && fromForm.Count > 0)
            {
                return fromForm.ToString();
            }
        }

        return null;
    }

    /// <summary>Graph's answer for an id it does not have (or the token cannot see).</summary>
    public static IResult NoSuchObject(string node) => MetaErrors.Error(
        400, 100, $"Unsupported get request. Object with ID '{node}' does not exist, cannot be loaded due to missing permissions, or does not support this operation.", 33, "GraphMethodException");

    public static AdAccount? Account(AccountBook book, string node) =>
        node.StartsWith("act_", StringComparison.Ordinal) ? book.Find(Platform.Meta, node[4..]) : null;

    private static async Task<IResult> ReadInsights(HttpContext context, string node, Gate gate, AccountBook book, Ledger ledger, MetaReportRuns runs)
    {
        if (runs.Find(node) is { } run)
        {
            return await RunResults(context, run, gate, book, ledger, runs);
        }

        if (Account(book, node) is not { } account)
        {
            return await EnterAsync(context, gate, null) ?? NoSuchObject(node);
        }

        if (await EnterAsync(context, gate, account.Id) is { } refused)
        {
            return refused;
        }

        var (query, error) = MetaQuery.Parse(name => context.Request.Query[name].FirstOrDefault(), ledger.Today(account));
        return query is null
            ? MetaErrors.Error(400, 100, error!, type: "OAuthException")
            : MetaInsights.Page(context.Request, account, query, MetaInsights.Rows(account, query, ledger), context.Request.Query["after"].FirstOrDefault());
    }

    private static async Task<IResult> RunResults(HttpContext context, MetaReportRun run, Gate gate, AccountBook book, Ledger ledger, MetaReportRuns runs)
    {
        if (await EnterAsync(context, gate, run.AccountId) is { } refused)
        {
            return refused;
        }

        // Unsure which code Graph gives for results read before completion; the fake answers error 100.
        if (!runs.IsComplete(run) || book.Find(Platform.Meta, run.AccountId) is not { } account)
        {
            return MetaErrors.Error(400, 100, "(#100) The report run is not complete: poll it until async_status is Job Completed.");
        }

        var (query, _) = MetaQuery.Parse(name => run.Parameters.GetValueOrDefault(name), DateOnly.FromDateTime(run.Created.UtcDateTime));
        var paged = query! with { Limit = int.TryParse(context.Request.Query["limit"], System.Globalization.CultureInfo.InvariantCulture, out var limit) ? Math.Clamp(limit, 1, 5_000) : query!.Limit };
        return MetaInsights.Page(context.Request, account, paged, MetaReportRuns.Results(run, () => MetaInsights.Rows(account, paged, ledger)), context.Request.Query["after"].FirstOrDefault());
    }

    private static async Task<IResult> StartReportRun(HttpContext context, string node, Gate gate, AccountBook book, Ledger ledger, MetaReportRuns runs)
    {
        var account = Account(book, node);
        if (await EnterAsync(context, gate, account?.Id) is { } refused)
        {
            return refused;
        }

        if (account is null)
        {
            return NoSuchObject(node);
        }

        var parameters = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        if (context.Request.HasFormContentType)
        {
            foreach (var (key, value) in await context.Request.ReadFormAsync())
            {
                parameters[key] = value.ToString();
            }
        }

        var (query, error) = MetaQuery.Parse(name => parameters.GetValueOrDefault(name), ledger.Today(account));
        if (query is null)
        {
            return MetaErrors.Error(400, 100, error!);
        }

        // The run keeps the dates it resolved, so a preset means the same days however late it is read.
        parameters["time_range"] = FormattableString.Invariant($"{{\"since\":\"{query.Since:yyyy-MM-dd}\",\"until\":\"{query.Until:yyyy-MM-dd}\"}}");
        return Results.Json(new { report_run_id = runs.Start(account.Id, parameters).Id });
    }
}
