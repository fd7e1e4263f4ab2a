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

/// <summary><c>/api/v1/tenants/{tenant}/competitors</c>: Google Ads auction-insights imports per campaign or account and Meta Ad Library imports per tenant, each competitor's trend, and jumps alerted as <c>competitor.jumped</c> and <c>competitor.adsJumped</c>.</summary>
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
        group.MapPost("/meta-ad-library", ImportMetaAsync).WithName("ImportMetaAdLibrary")
            .WithSummary("Import a Meta Ad Library file (the body as downloaded): the Ad Library Report's _advertisers.csv (its period and country from ?fileName= as Meta names it, else ?from=&to=), or saved Ad Library API ads_archive answers (JSON; the period with ?from=&to=). ?pages= keeps only those Page IDs or names. Importing the same dates again replaces them; 400 names each bad line or ad and its column; 409 when the period overlaps another")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/meta-ad-library", MetaTrendsAsync).WithName("GetMetaAdLibraryTrends")
            .WithSummary("Each advertiser's ads, new ads, platforms and spend or impression ranges across the imported Meta Ad Library periods of one source (?source=report, the default, or api), who is ramping up (least-squares slope of ads per period with its standard error), and every jump (ads or spend at least doubled)")
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

    public static async Task<Ok<MetaImportResult>> ImportMetaAsync(
        string tenant, [AsParameters] MetaImportQuery query, HttpRequest request, ClaimsPrincipal user,
        IGrainFactory grains, AuditTrail audit, CancellationToken cancellationToken)
    {
        await grains.RequireTenantAsync(tenant);
        var errors = new ValidationErrors();
        var pages = query.ReadPages(errors);
        errors.ThrowIfAny();
        using var buffer = await IngestBody.BufferAsync(request, cancellationToken);
        var content = buffer.GetBuffer().AsSpan(0, (int)buffer.Length);
        MetaAdLibraryFile file;
        if (MetaAdLibraryApiJson.IsJson(content))
        {
            var period = query.ReadPeriod(null, errors);
            errors.ThrowIfAny();
            file = MetaAdLibraryApiJson.Read(content, period!, pages) with { Period = period };
        }
        else
        {
            var report = MetaAdLibraryReportCsv.Read(content, query.FileName, pages);
            file = report with { Period = query.ReadPeriod(report.Period, errors) };
            errors.ThrowIfAny();
        }

        var import = new MetaAdLibraryImport(file.Period!, file.Rows, file.Currency, file.Country, query.FileName, user.Actor() ?? "");
        var key = MetaAdSources.Key(tenant, file.Source);
        var result = await grains.GetGrain<IMetaAdLibraryGrain>(key).ImportAsync(import);
        await audit.RecordTenantAsync("competitors.metaImported", tenant, key, after: new
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

    public static async Task<Ok<MetaAdTrends>> MetaTrendsAsync(string tenant, IGrainFactory grains, [FromQuery] string? source = null)
    {
        await grains.RequireTenantAsync(tenant);
        var from = source ?? MetaAdSources.Report;
        if (!MetaAdSources.All.Contains(from))
        {
            throw ValidationErrors.Refusal("source", $"One of: {string.Join(", ", MetaAdSources.All)}.");
        }

        return TypedResults.Ok(await grains.GetGrain<IMetaAdLibraryGrain>(MetaAdSources.Key(tenant, from)).GetTrendsAsync());
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
