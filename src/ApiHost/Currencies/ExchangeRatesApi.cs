using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Tenants;
using GrainMarketing.Campaigns;
using GrainMarketing.Currencies;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Currencies;

/// <summary><c>/api/v1/tenants/{tenant}/exchange-rates</c>: the rates that answers across campaigns convert other currencies with.</summary>
/// <remarks>
/// Any member reads them; an admin sets them by hand. Rates set by hand win over those derived from the configured
/// reference source (the ECB's, read by the silos) for the same day and currency.
/// </remarks>
public static class ExchangeRatesApi
{
    public static RouteGroupBuilder MapExchangeRates(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/exchange-rates").WithTags("Currencies")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapGet("/", GetAsync).WithName("GetExchangeRates").RequireAuthorization(TenantPolicies.Read)
            .WithSummary("Rates into the tenant's currency per day and currency: set by hand, else derived from the reference source");
        group.MapPut("/", SetAsync).WithName("SetExchangeRates").RequireAuthorization(TenantPolicies.Admin)
            .WithSummary("Set rates by hand ({date, currency, rate} each, rate = tenant currency per unit); each replaces that day's rate");
        return group;
    }

    public static async Task<Ok<ExchangeRateTable>> GetAsync(string tenant, [AsParameters] ExchangeRatesQuery query, IGrainFactory grains, ReportingWindows windows)
    {
        var errors = new ValidationErrors();
        var range = query.Read(await windows.TodayAsync(tenant), errors);
        errors.ThrowIfAny();
        return TypedResults.Ok(await grains.GetGrain<IExchangeRatesGrain>(tenant).GetAsync(range!));
    }

    /// <remarks>Answers the table over the days set, as a GET of them would.</remarks>
    public static async Task<Ok<ExchangeRateTable>> SetAsync(
        string tenant, SetExchangeRatesRequest request, IGrainFactory grains, ReportingWindows windows, AuditTrail audit)
    {
        var settings = (await grains.RequireTenantAsync(tenant)).Settings;
        var errors = new ValidationErrors();
        var rates = request.Read(errors);

        // A field already refused as missing keeps that reason; every other broken rule is named beside it.
        errors.AddMissing(ExchangeRateRules.Validate(rates, settings.Currency, await windows.TodayAsync(tenant)));

        errors.ThrowIfAny();
        var ratesGrain = grains.GetGrain<IExchangeRatesGrain>(tenant);
        await ratesGrain.SetAsync(rates);
        await audit.RecordTenantAsync("exchange-rates.set", tenant, after: rates);
        return TypedResults.Ok(await ratesGrain.GetAsync(new DateRange(rates.Min(r => r.Date), rates.Max(r => r.Date))));
    }
}
