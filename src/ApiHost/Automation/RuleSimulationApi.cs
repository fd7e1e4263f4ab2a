using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Automation;
using GrainMarketing.Errors;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Automation;

/// <summary>A rule backtested against the tenant's stored daily history through the evaluation code live rules use.</summary>
/// <remarks>Route: <c>POST /api/v1/tenants/{tenant}/rules/{id}/simulate</c>. It changes nothing, so readers may run it.</remarks>
public static class RuleSimulationApi
{
    private const string Description = """
        Judges the rule (its current version, or `version`, a kept one) on each day from `from` to `to` (yyyy-MM-dd, both included,
        `to` at most the tenant's today, at most 366 days) as at the end of that day, with the evaluator and window sums live rules use,
        over every campaign the scope may cover (at most 2,000) or their ad sets or creatives. `24h` windows are judged as the day;
        `1h`, `6h` and `12h` cannot be (history keeps days, not arrival times), nor segment rules. Targets start from today's status,
        daily budget and tags and change only by the rule's simulated actions; scope statuses are checked against that simulated status.
        Cooldowns count in whole days (the first day at or after the firing day plus the cooldown); hourly action budgets are not simulated.
        After a simulated pause, the actual spend, conversions and value of the following days until a resume are saved or forgone; after a
        budget change, each following day's actual numbers times (new budget / today's budget - 1) are an estimate of what it added.
        `assumptions` in the answer lists all of this. Every bad field is a 400 naming each of them at once.
        """;

    public static RouteGroupBuilder MapRuleSimulation(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/rules").WithTags("Rules")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/{id:guid}/simulate", SimulateAsync).WithName("SimulateRule")
            .WithSummary("Backtest a rule against stored daily history: what would have fired when, and what it would have saved or spent")
            .WithDescription(Description)
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem();
        return group;
    }

    public static async Task<Ok<RuleSimulationResponse>> SimulateAsync(
        string tenant, Guid id, SimulateRuleRequest request, IGrainFactory grains, ReportingWindows windows)
    {
        var book = grains.GetGrain<IRuleBookGrain>(tenant);
        var current = await book.GetAsync(id);
        var errors = new ValidationErrors();
        var range = request.Range(await windows.TodayAsync(tenant), errors);
        var rule = await VersionAsync(book, current, request.Version, errors);
        errors.Append(BacktestValidation.Validate(rule.Definition, range));
        errors.ThrowIfAny();

        var dates = range!; // null only with a reason in errors, which has just thrown
        var simulation = await grains.GetGrain<IRuleSimulationGrain>(tenant).SimulateAsync(rule.Definition, dates);
        return TypedResults.Ok(new RuleSimulationResponse(
            rule.Id, rule.Version, dates.From, dates.To, simulation.Campaigns, simulation.Assumptions,
            simulation.Firings, simulation.FiringsOmitted, simulation.Targets, simulation.Totals));
    }

    /// <summary>The version asked for, or the current one; a version the rule book does not keep is a bad field.</summary>
    private static async Task<RuleDetails> VersionAsync(IRuleBookGrain book, RuleDetails current, int? version, ValidationErrors errors)
    {
        if (version is null || version == current.Version)
        {
            return current;
        }

        var kept = version is > 0 && version < current.Version ? await KeptAsync(book, current.Id, version.Value) : null;
        if (kept is null)
        {
            errors.Add("version", $"Must be a kept version of this rule: {current.Version} is the current one, and only the newest versions are kept.");
        }

        return kept ?? current;
    }

    /// <summary>An earlier version, or null once the rule book has dropped it.</summary>
    private static async Task<RuleDetails?> KeptAsync(IRuleBookGrain book, Guid id, int version)
    {
        try
        {
            return await book.GetVersionAsync(id, version);
        }
        catch (NotFoundException)
        {
            return null;
        }
    }
}
