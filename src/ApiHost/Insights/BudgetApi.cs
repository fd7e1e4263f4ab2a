using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Insights.Budget;
using GrainMarketing.Tenants;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Insights;

/// <summary>Response curves per campaign and the budget optimiser: <c>.../campaigns/{id}/response-curve</c> and <c>.../budget/*</c>.</summary>
public static class BudgetApi
{
    private const string Method =
        "Geometric adstock (carry-over chosen by least squares) into a Hill curve with weekday multipliers, fitted by Nelder-Mead on the last "
        + "120 closed days; 80% intervals from 100 moving-block residual bootstrap refits; quality: in-sample R² and the error on the last fifth "
        + "of the days fitted without them, against spend × the average rate.";

    public static RouteGroupBuilder MapBudget(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}").WithTags("Budget")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/campaigns/{id}/response-curve", ResponseCurveAsync).WithName("GetResponseCurve").RequireAuthorization(TenantPolicies.Read)
            .WithSummary("A campaign's fitted response of conversions and conversion value to daily spend, with intervals, points, fit quality and marginal ROAS and CPA");
        group.MapPost("/budget/optimize", OptimizeAsync).WithName("OptimizeBudget").RequireAuthorization(TenantPolicies.Read)
            .WithSummary("Split a total daily budget across campaigns to maximise conversions or conversion value; the proposal is kept an hour to apply");
        group.MapGet("/budget/proposals/{proposalId:guid}", ProposalAsync).WithName("GetBudgetProposal").RequireAuthorization(TenantPolicies.Read)
            .WithSummary("A budget proposal, while it is kept");
        group.MapPost("/budget/apply", ApplyAsync).WithName("ApplyBudget").RequireAuthorization(TenantPolicies.Write)
            .WithSummary("Apply a proposal: each campaign's budget set as a one-off setBudget action through the rules' path (action budgets, pending platform changes, audit)");
        return group;
    }

    public static async Task<Ok<ResponseCurveResponse>> ResponseCurveAsync(string tenant, string id, IGrainFactory grains)
    {
        var key = CampaignIds.Parse(tenant, id);
        var curves = await grains.GetGrain<IResponseCurveGrain>(tenant).GetAsync(key);
        if (curves.Conversions is null && curves.ConversionValue is null)
        {
            throw new InsufficientHistoryException($"Campaign '{id}' has no identifiable response curve yet.", curves.Unfitted);
        }

        var settings = (await grains.GetGrain<ITenantGrain>(tenant).GetAsync()).Settings;
        return TypedResults.Ok(new ResponseCurveResponse(
            id, curves.Currency ?? settings.Currency, curves.From, curves.To, curves.CurrentDailySpend, curves.CurrentSpendSource, curves.MarginalRoas, curves.MarginalCpa,
            curves.Conversions, curves.ConversionValue, curves.Unfitted, curves.FittedAt, Method));
    }

    public static async Task<Ok<BudgetProposal>> OptimizeAsync(string tenant, OptimizeBudgetRequest? request, IGrainFactory grains)
    {
        var known = await grains.GetGrain<ICampaignRegistryGrain>(tenant).ListAsync();
        var errors = new ValidationErrors();
        var budget = (request ?? new OptimizeBudgetRequest()).Read(tenant, known, errors);
        return TypedResults.Ok(await grains.GetGrain<IBudgetPlannerGrain>(tenant).OptimizeAsync(budget));
    }

    public static async Task<Ok<BudgetProposal>> ProposalAsync(string tenant, Guid proposalId, IGrainFactory grains) =>
        TypedResults.Ok(await grains.GetGrain<IBudgetPlannerGrain>(tenant).GetAsync(proposalId));

    /// <remarks>Each budget change is audited by the rules' path (actor <c>rule:{proposalId}</c>); the apply itself is audited as the caller's.</remarks>
    public static async Task<Ok<BudgetApplication>> ApplyAsync(string tenant, ApplyBudgetRequest? request, IGrainFactory grains, AuditTrail audit)
    {
        var id = request?.ProposalId ?? throw ValidationErrors.Refusal("proposalId", "Required: the id a .../budget/optimize answer gave.");
        var applied = await grains.GetGrain<IBudgetPlannerGrain>(tenant).ApplyAsync(id);
        await audit.RecordTenantAsync("budget.applied", tenant, id.ToString(), null, applied);
        return TypedResults.Ok(applied);
    }
}
