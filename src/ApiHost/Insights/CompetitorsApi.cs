using System.Security.Claims;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.ApiHost.Insights.Competitors;
using GrainMarketing.ApiHost.Tenants;
using GrainMarketing.Insights.Competitors;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Insights;

/// <summary><c>/api/v1/tenants/{tenant}/competitors</c>: Google Ads auction-insights imports per campaign or account, each competitor's trend, and jumps alerted as <c>competitor.jumped</c>.</summary>
public static class CompetitorsApi
{
    public static RouteGroupBuilder MapCompetitors(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/competitors").WithTags("Competitors")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/imports", ImportAsync).WithName("ImportAuctionInsights")
            .WithSummary("Import a Google Ads auction-insights export (the body is the file as downloaded: UTF-8 or UTF-16, comma or tab separated) for a campaign (?campaign=) or the account; the period comes from the file's date-range line, else ?from=&to=. Importing the same dates again replaces them; 400 names each bad line and column; 409 when the period overlaps another")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", TrendsAsync).WithName("GetCompetitorTrends")
            .WithSummary("Each competitor's impression share, overlap rate and outranking share across the imported periods of a campaign (?campaign=) or the account, who is gaining impression share (least-squares slope per period with its standard error), and every jump past the tenant's competitorJumpPoints")
            .RequireAuthorization(TenantPolicies.Read);
        return group;
    }

    public static async Task<Ok<CompetitorImportResult>> ImportAsync(
        string tenant, [AsParameters] CompetitorImportQuery query, HttpRequest request, ClaimsPrincipal user,
        IGrainFactory grains, AuditTrail audit, CancellationToken cancellationToken)
    {
        await grains.RequireTenantAsync(tenant);
        var errors = new ValidationErrors();
        var campaign = query.ReadCampaign(errors);
        errors.ThrowIfAny();
        using var buffer = await IngestBody.BufferAsync(request, cancellationToken);
        var file = AuctionInsightsCsv.Read(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        var period = query.ReadPeriod(file.Period, errors);
        errors.ThrowIfAny();

        var import = new AuctionInsightsImport(period!, file.Rows, query.FileName, user.Actor() ?? "");
        var result = await grains.GetGrain<ICompetitorInsightsGrain>(CompetitorScope.Key(tenant, campaign)).ImportAsync(import);
        await audit.RecordTenantAsync("competitors.imported", tenant, CompetitorScope.Key(tenant, campaign), after: new
        {
            result.Imported.Period,
            result.Imported.Rows,
            result.Imported.FileName,
            result.Replaced,
            file.Format,
            Jumps = result.Jumps.Count,
        });
        return TypedResults.Ok(result);
    }

    public static async Task<Ok<CompetitorTrends>> TrendsAsync(string tenant, IGrainFactory grains, [FromQuery] string? campaign = null)
    {
        await grains.RequireTenantAsync(tenant);
        if (campaign is not null && !CompetitorScope.IsValidCampaign(campaign))
        {
            throw ValidationErrors.Refusal("campaign", $"Must be 1-{CompetitorScope.MaxCampaignLength} characters without '/'.");
        }

        return TypedResults.Ok(await grains.GetGrain<ICompetitorInsightsGrain>(CompetitorScope.Key(tenant, campaign)).GetTrendsAsync());
    }
}
