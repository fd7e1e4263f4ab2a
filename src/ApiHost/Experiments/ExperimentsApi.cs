using System.Security.Claims;
using GrainMarketing.ApiHost.Audit;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Ingestion;
using GrainMarketing.Campaigns;
using GrainMarketing.Errors;
using GrainMarketing.Experiments;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Experiments;

/// <summary>A/B tests: experiments between campaigns or between arms that send their units as observations, with live results and a verdict.</summary>
/// <remarks>
/// Route: <c>/api/v1/tenants/{tenant}/experiments</c>. Viewers read; editors create, stop and send observations.
/// Creating and stopping are audited; observations are data, as metric ingestion is.
/// </remarks>
public static class ExperimentsApi
{
    public static RouteGroupBuilder MapExperiments(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/experiments").WithTags("Experiments")
            .ProducesProblem(StatusCodes.Status404NotFound);
        group.MapPost("/", CreateAsync).WithName("CreateExperiment")
            .WithSummary("Start an experiment; the answer has the sample size each variant needs and the formula used; 400 names every bad field")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapGet("/", ListAsync).WithName("ListExperiments").WithSummary("Experiments newest first; page with limit and before=next")
            .RequireAuthorization(TenantPolicies.Read)
            .ProducesValidationProblem();
        group.MapGet("/{id}", GetAsync).WithName("GetExperiment")
            .WithSummary("Live results: per-variant rates with intervals, differences with intervals and p-values, probability best, always-valid p-values, the verdict and the stopping rule")
            .RequireAuthorization(TenantPolicies.Read);
        group.MapPost("/{id}/stop", StopAsync).WithName("StopExperiment").WithSummary("Stop an experiment: it takes no more data and its verdict is final")
            .RequireAuthorization(TenantPolicies.Write)
            .ProducesProblem(StatusCodes.Status409Conflict);
        group.MapPost("/{id}/observations", ObserveAsync).WithName("RecordExperimentObservations")
            .WithSummary("Add a batch of up to 10,000 units ({variant, converted, value}) to a conversionRate experiment, whole or not at all; answers the updated results. A retry with the same Idempotency-Key header as one of the last 256 batches is not counted again")
            .RequireAuthorization(TenantPolicies.Write)
            .AllowIngestionBodies(routes)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status409Conflict);
        return group;
    }

    public static async Task<Created<Experiment>> CreateAsync(
        string tenant, CreateExperimentRequest? request, ClaimsPrincipal user, IGrainFactory grains, AuditTrail audit)
    {
        request ??= new CreateExperimentRequest();
        var known = request.Metric is not null && !request.Metric.Equals("conversionRate", StringComparison.OrdinalIgnoreCase)
            ? await grains.GetGrain<ICampaignRegistryGrain>(tenant).ListAsync()
            : [];
        var draft = request.Read(tenant, known, new ValidationErrors());
        var created = await Book(grains, tenant).CreateAsync(draft, user.Actor() ?? "");
        await audit.RecordTenantAsync("experiment.created", tenant, created.Id, after: created);
        return TypedResults.Created($"/api/v1/tenants/{tenant}/experiments/{created.Id}", created);
    }

    public static async Task<Ok<ExperimentPage>> ListAsync(string tenant, [AsParameters] ExperimentListQuery query, IGrainFactory grains)
    {
        var (limit, before) = query.Read();
        return TypedResults.Ok(await Book(grains, tenant).ListAsync(limit, before));
    }

    public static async Task<Ok<ExperimentResults>> GetAsync(string tenant, string id, IGrainFactory grains) =>
        TypedResults.Ok(await Experiment(grains, tenant, id).GetResultsAsync());

    public static async Task<Ok<Experiment>> StopAsync(string tenant, string id, IGrainFactory grains, AuditTrail audit)
    {
        var stopped = await Book(grains, tenant).StopAsync(id);
        await audit.RecordTenantAsync("experiment.stopped", tenant, id, new { Status = ExperimentStatus.Running }, new { stopped.Status, stopped.StoppedAt });
        return TypedResults.Ok(stopped);
    }

    public static async Task<Ok<ExperimentResults>> ObserveAsync(string tenant, string id, ObservationsRequest? request, HttpRequest http, IGrainFactory grains)
    {
        var batchKey = IngestReceipts.IdempotencyKey(http);
        return TypedResults.Ok(await Experiment(grains, tenant, id).RecordAsync((request ?? new ObservationsRequest()).Read(), batchKey));
    }

    private static IExperimentBookGrain Book(IGrainFactory grains, string tenant) => grains.GetGrain<IExperimentBookGrain>(tenant);

    /// <summary>The experiment's grain; an id no create could have given is a 404 without activating anything.</summary>
    private static IExperimentGrain Experiment(IGrainFactory grains, string tenant, string id) =>
        id.StartsWith("exp-", StringComparison.Ordinal) && long.TryParse(id.AsSpan(4), out var sequence) && sequence > 0
            ? grains.GetGrain<IExperimentGrain>(ExperimentKeys.Of(tenant, id))
            : throw new NotFoundException("Experiment", id);
}
