using System.Security.Claims;
using GrainMarketing.Alerts;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Automation;
using GrainMarketing.Campaigns;
using GrainMarketing.Metrics;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Automation;

/// <summary><c>/api/v1/tenants/{tenant}/rules</c>: automation rules, versioned, and the built-in templates.</summary>
/// <remarks>Viewers read; editors create, change and delete, and every change is audited with before and after.</remarks>
public static class RulesApi
{
    public static RouteGroupBuilder MapRules(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/rules").WithTags("Rules")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", ListAsync).WithName("ListRules").WithSummary("Every rule's current version")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapPost("/", CreateAsync).WithName("CreateRule").WithSummary("Create a rule; 400 names every reason it is not valid")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/{id:guid}", GetAsync).WithName("GetRule").WithSummary("A rule's current version")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapGet("/{id:guid}/versions/{version:int}", GetVersionAsync).WithName("GetRuleVersion")
            .WithSummary("An earlier version of a rule (the newest 20 are kept)")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapGet("/{id:guid}/preview", PreviewAsync).WithName("PreviewRule")
            .WithSummary("Judge the rule against one target's numbers now (?target=meta:916, or meta:916/adset/12 and meta:916/creative/77 for those levels): each condition's value, change, posterior and guard, without acting")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem();
        group.MapPut("/{id:guid}", UpdateAsync).WithName("UpdateRule")
            .WithSummary("Replace a rule as a new version; send If-Match: \"{version}\" to refuse lost updates (409)")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapDelete("/{id:guid}", DeleteAsync).WithName("DeleteRule").WithSummary("Delete a rule")
            .RequireAuthorization(TenantPolicies.Write);
        group.MapGet("/templates", Templates).WithName("ListRuleTemplates").WithSummary("The built-in rules and the parameters each needs")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapPost("/templates/{template}", InstantiateAsync).WithName("CreateRuleFromTemplate")
            .WithSummary("Create a rule from a built-in template")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesValidationProblem();
        return group;
    }

    public static async Task<Ok<IReadOnlyList<RuleDetails>>> ListAsync(string tenant, IGrainFactory grains) =>
        TypedResults.Ok(await Book(grains, tenant).ListAsync());

    public static async Task<Created<RuleDetails>> CreateAsync(
        string tenant, RuleDefinition rule, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        await ThrowIfInvalidAsync(grains, tenant, rule);
        var created = await Book(grains, tenant).CreateAsync(rule, user.Actor() ?? "");
        await audit.RecordTenantAsync("rule.created", tenant, created.Id.ToString(), after: created);
        return TypedResults.Created($"/api/v1/tenants/{tenant}/rules/{created.Id}", created);
    }

    public static async Task<Ok<RuleDetails>> GetAsync(string tenant, Guid id, IGrainFactory grains) =>
        TypedResults.Ok(await Book(grains, tenant).GetAsync(id));

    public static async Task<Ok<RuleDetails>> GetVersionAsync(string tenant, Guid id, int version, IGrainFactory grains) =>
        TypedResults.Ok(await Book(grains, tenant).GetVersionAsync(id, version));

    /// <remarks>Campaign rules only for now; the other levels are judged by their own grains, which come with live evaluation.</remarks>
    /// <remarks>
    /// Campaign rules take <c>target=meta:916</c>; ad set and creative rules name the part too
    /// (<c>meta:916/adset/12</c>, <c>meta:916/creative/77</c>). Segment rules are judged by the segments and have no preview yet.
    /// </remarks>
    public static async Task<Ok<RulePreviewResponse>> PreviewAsync(string tenant, Guid id, string? target, IGrainFactory grains, ReportingWindows windows)
    {
        var rule = await Book(grains, tenant).GetAsync(id);
        var level = rule.Definition.Scope?.Level ?? RuleLevel.Campaign;
        if (level == RuleLevel.Segment)
        {
            throw ValidationErrors.Refusal("id", "Segment rules cannot be previewed yet: their history shows what they did.");
        }

        var part = level switch { RuleLevel.AdSet => "adset", RuleLevel.Creative => "creative", _ => null };
        var example = part is null ? "meta:916" : $"meta:916/{part}/77";
        var pieces = target?.Split('/') ?? [];
        if (pieces.Length != (part is null ? 1 : 3) || (part is not null && (pieces[1] != part || pieces[2].Length is 0 or > CampaignKey.MaxIdLength)))
        {
            throw ValidationErrors.Refusal("target", $"Required: a {(part ?? "campaign")} of this rule's level, such as {example}.");
        }

        var campaign = CampaignIds.Parse(tenant, pieces[0]);
        var key = part is null ? CampaignIds.Format(campaign) : $"{CampaignIds.Format(campaign)}/{part}/{pieces[2]}";
        var today = await windows.TodayAsync(tenant);
        var evaluation = await grains.GetGrain<ICampaignGrain>(campaign.ToString()).EvaluateAsync(rule.Definition, today, key);
        return TypedResults.Ok(new RulePreviewResponse(rule.Id, rule.Version, key, today, evaluation.InScope, evaluation.Holds, evaluation.Conditions));
    }

    public static async Task<Ok<RuleDetails>> UpdateAsync(
        string tenant, Guid id, RuleDefinition rule, HttpRequest request, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        await ThrowIfInvalidAsync(grains, tenant, rule);
        var change = await Book(grains, tenant).UpdateAsync(id, rule, user.Actor() ?? "", ExpectedVersion(request));
        await audit.RecordTenantAsync("rule.updated", tenant, id.ToString(), change.Before, change.After);
        return TypedResults.Ok(change.After!);
    }

    public static async Task<NoContent> DeleteAsync(string tenant, Guid id, IGrainFactory grains, AuditTrail audit)
    {
        var change = await Book(grains, tenant).DeleteAsync(id);
        await audit.RecordTenantAsync("rule.deleted", tenant, id.ToString(), before: change.Before);
        return TypedResults.NoContent();
    }

    public static Ok<RuleTemplateResponse[]> Templates() =>
        TypedResults.Ok(RuleTemplates.All.Select(t => new RuleTemplateResponse(t.Id, t.Title, t.Description, t.Required)).ToArray());

    public static async Task<Created<RuleDetails>> InstantiateAsync(
        string tenant, string template, RuleTemplateParameters parameters, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        var rule = RuleTemplates.Instantiate(template, parameters);
        await ThrowIfInvalidAsync(grains, tenant, rule);
        var created = await Book(grains, tenant).CreateAsync(rule, user.Actor() ?? "");
        await audit.RecordTenantAsync("rule.created", tenant, created.Id.ToString(), after: new { template, rule = created });
        return TypedResults.Created($"/api/v1/tenants/{tenant}/rules/{created.Id}", created);
    }

    private static IRuleBookGrain Book(IGrainFactory grains, string tenant) => grains.GetGrain<IRuleBookGrain>(tenant);

    /// <summary>Checked here too, so a refused rule never reaches the grain.</summary>
    /// <remarks>Every channel a notify action names must exist too (by name or id), so an alert is never routed nowhere. All reasons come at once.</remarks>
    private static async Task ThrowIfInvalidAsync(IGrainFactory grains, string tenant, RuleDefinition rule)
    {
        var errors = ValidationErrors.From(RuleValidation.Validate(rule));
        var named = rule.Actions?.Select((action, i) => (action, i)).Where(a => a.action?.Type == RuleActionType.Notify && a.action.Channels is { Count: > 0 }).ToList() ?? [];
        if (named.Count > 0)
        {
            var channels = await grains.GetGrain<IAlertRouterGrain>(tenant).ListChannelsAsync();
            foreach (var (action, i) in named)
            {
                for (var j = 0; j < action.Channels!.Count; j++)
                {
                    var channel = action.Channels[j];
                    var field = $"actions[{i}].channels[{j}]";
                    if (!channels.Any(c => c.Name == channel || c.Id.ToString() == channel) && !errors.Contains(field))
                    {
                        errors.Add(field, "No alert channel has this name or id: create it first under alert-channels.");
                    }
                }
            }
        }

        errors.ThrowIfAny();
    }

    /// <summary>The version in an <c>If-Match: "3"</c> header, or null without one; anything else is a 400.</summary>
    private static int? ExpectedVersion(HttpRequest request) =>
        request.Headers.IfMatch.ToString() is { Length: > 0 } header
            ? int.TryParse(header.Trim('"', ' ', 'W', '/'), out var version) && version > 0
                ? version
                : throw ValidationErrors.Refusal("If-Match", "A rule version such as \"3\".")
            : null;
}
