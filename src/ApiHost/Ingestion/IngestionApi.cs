using System.Globalization;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Ingestion.Csv;
using GrainMarketing.ApiHost.RateLimiting;
using GrainMarketing.ApiHost.Tenants;
using GrainMarketing.Errors;
using GrainMarketing.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>Validates a whole metric ingestion request, groups its records by campaign and pushes one batch per campaign onto that campaign's stream.</summary>
/// <remarks>Route: <c>/api/v1/tenants/{tenant}/ingest/metrics</c>. Each record costs the caller one token of its <c>RateLimits:IngestEvents</c> bucket.</remarks>
public static class IngestionApi
{
    public static RouteGroupBuilder MapIngestion(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/ingest").WithTags("Ingestion")
            .RequireAuthorization(TenantPolicies.Ingest)
            .AllowIngestionBodies(routes);
        group.MapPost("/metrics", IngestAsync).WithName("IngestMetrics")
            .WithSummary("Ingest ad metrics: a JSON batch ({\"items\":[…]}) or NDJSON (application/x-ndjson), one record per line")
            .Accepts<IngestBatchRequest<MetricRecord>>("application/json", IngestBody.NdjsonContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/metrics/csv", IngestCsvAsync).WithName("IngestMetricsCsv")
            .WithSummary("Ingest an ad-platform export: Meta Ads Manager, Google Ads (UTF-16/tab UI exports too), TikTok Ads Manager, Snapchat Ads Manager or the KAG layout (pass ?date=)")
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        return group;
    }

    public static async Task<Accepted<IngestReceiptResponse>> IngestCsvAsync(
        string tenant, HttpRequest request, IClusterClient cluster, IOptions<IngestionOptions> options, IngestEventLimiter limiter,
        TimeProvider clock, CancellationToken cancellationToken, string? date = null)
    {
        await cluster.RequireTenantAsync(tenant);
        DateOnly? defaultDate = null;
        if (date is not null)
        {
            defaultDate = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw ValidationErrors.Refusal("date", "Must be a date as yyyy-MM-dd.");
        }

        using var buffer = await IngestBody.BufferAsync(request, cancellationToken);
        var result = MetricCsvImporter.Import(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), new CsvImportOptions(defaultDate));
        if (result.Errors.Count > 0)
        {
            throw new ValidationFailedException(result.Errors, result.RowErrors.Count);
        }

        IngestBody.RequireAtMost(result.Records.Count, options.Value.MaxRecordsPerRequest);
        return TypedResults.Accepted((string?)null, await AcceptAsync(tenant, result.Records, result.Layout, request, cluster, options.Value, limiter, clock));
    }

    public static async Task<Accepted<IngestReceiptResponse>> IngestAsync(
        string tenant, HttpRequest request, IClusterClient cluster, IOptions<IngestionOptions> options,
        IOptions<JsonOptions> json, IngestEventLimiter limiter, TimeProvider clock, CancellationToken cancellationToken)
    {
        await cluster.RequireTenantAsync(tenant);
        var records = await IngestBody.ReadAsync<MetricRecord>(request, json.Value.SerializerOptions, options.Value.MaxRecordsPerRequest, cancellationToken);
        return TypedResults.Accepted((string?)null, await AcceptAsync(tenant, records, layout: null, request, cluster, options.Value, limiter, clock));
    }

    private static Task<IngestReceiptResponse> AcceptAsync(
        string tenant, IReadOnlyList<MetricRecord> records, string? layout, HttpRequest request,
        IClusterClient cluster, IngestionOptions options, IngestEventLimiter limiter, TimeProvider clock) =>
        IngestReceipts.AcceptOnceAsync(tenant, "metrics", layout, request, cluster, options, limiter, clock, receivedAt =>
        {
            var errors = new ValidationErrors();
            var batches = MetricRecordMapper.ToBatches(tenant, records, receivedAt, options.MaxAgeDays, errors);
            errors.ThrowIfAny();
            return new IngestPlan(records.Count, batches.Count, Users: 0, () => cluster.GetGrain<IMetricPublisherGrain>(0).PublishAsync(batches));
        });
}
