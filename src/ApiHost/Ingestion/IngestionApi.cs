using System.Buffers;
using System.Globalization;
using System.Text.Json;
using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Ingestion.Csv;
using GrainMarketing.ApiHost.RateLimiting;
using GrainMarketing.ApiHost.Tenants;
using GrainMarketing.Errors;
using GrainMarketing.Ingestion;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Http.Json;
using Microsoft.Extensions.Options;

namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>
/// <c>/api/v1/tenants/{tenant}/ingest/metrics</c>: validates a whole request, groups its records by
/// campaign and pushes one batch per campaign onto that campaign's stream. Each record costs the
/// caller one token of its <c>RateLimits:IngestEvents</c> bucket.
/// </summary>
public static class IngestionApi
{
    public const string NdjsonContentType = "application/x-ndjson";
    private const string IdempotencyHeader = "Idempotency-Key";

    public static RouteGroupBuilder MapIngestion(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/ingest").WithTags("Ingestion")
            .RequireAuthorization(TenantPolicies.Ingest);
        group.MapPost("/metrics", IngestAsync).WithName("IngestMetrics")
            .WithSummary("Ingest ad metrics: a JSON batch ({\"items\":[…]}) or NDJSON (application/x-ndjson), one record per line")
            .Accepts<MetricBatchRequest>("application/json", NdjsonContentType)
            .ProducesValidationProblem()
            .ProducesProblem(StatusCodes.Status404NotFound)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests);
        group.MapPost("/metrics/csv", IngestCsvAsync).WithName("IngestMetricsCsv")
            .WithSummary("Ingest an ad-platform export: Meta Ads Manager, Google Ads (UTF-16/tab UI exports too) or the KAG layout (pass ?date=)")
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
        await TenantsApi.RequireAsync(cluster, tenant);
        DateOnly? defaultDate = null;
        if (date is not null)
        {
            defaultDate = DateOnly.TryParseExact(date, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
                ? parsed
                : throw new ValidationFailedException(new Dictionary<string, string[]> { ["date"] = ["Must be a date as yyyy-MM-dd."] });
        }

        using var buffer = new MemoryStream();
        await request.Body.CopyToAsync(buffer, cancellationToken);
        var result = MetricCsvImporter.Import(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), new CsvImportOptions(defaultDate));
        if (result.Errors.Count > 0)
        {
            throw new ValidationFailedException(result.Errors);
        }

        if (result.Records.Count > options.Value.MaxRecordsPerRequest)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                ["file"] = [$"At most {options.Value.MaxRecordsPerRequest} rows per request; split the file."],
            });
        }

        return TypedResults.Accepted((string?)null, await AcceptAsync(tenant, result.Records, result.Layout, request, cluster, options.Value, limiter, clock));
    }

    public static async Task<Accepted<IngestReceiptResponse>> IngestAsync(
        string tenant, HttpRequest request, IClusterClient cluster, IOptions<IngestionOptions> options,
        IOptions<JsonOptions> json, IngestEventLimiter limiter, TimeProvider clock, CancellationToken cancellationToken)
    {
        await TenantsApi.RequireAsync(cluster, tenant);
        var records = IsNdjson(request)
            ? await ReadNdjsonAsync(request, json.Value.SerializerOptions, options.Value.MaxRecordsPerRequest, cancellationToken)
            : await ReadJsonAsync(request, json.Value.SerializerOptions, options.Value.MaxRecordsPerRequest, cancellationToken);
        return TypedResults.Accepted((string?)null, await AcceptAsync(tenant, records, layout: null, request, cluster, options.Value, limiter, clock));
    }

    /// <summary>
    /// Deduplicates by Idempotency-Key (a replay is neither charged nor pushed again), validates, charges
    /// the caller one IngestEvents token per record, and pushes the records; shared by every ingestion
    /// format. A refused charge throws before anything is pushed, so the request has no effect.
    /// </summary>
    public static async Task<IngestReceiptResponse> AcceptAsync(
        string tenant, IReadOnlyList<MetricRecord> records, string? layout, HttpRequest request,
        IClusterClient cluster, IngestionOptions options, IngestEventLimiter limiter, TimeProvider clock)
    {
        var receiptGrain = request.Headers[IdempotencyHeader].ToString() is { Length: > 0 } key
            ? cluster.GetGrain<IIngestReceiptGrain>($"{tenant}/{key}")
            : null;
        if (receiptGrain is not null && await receiptGrain.GetAsync() is { } earlier)
        {
            return new IngestReceiptResponse(earlier.Accepted, earlier.Campaigns, earlier.ReceivedAt, Replayed: true, earlier.Layout);
        }

        var receivedAt = clock.GetUtcNow();
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal);
        var batches = MetricRecordMapper.ToBatches(tenant, records, receivedAt, options.MaxAgeDays, errors);
        if (errors.Count > 0)
        {
            throw new ValidationFailedException(errors);
        }

        limiter.Charge(request.HttpContext.User.Actor() ?? throw new InvalidOperationException("The ingest policy lets anonymous callers through."),
            records.Count);
        await cluster.GetGrain<IMetricPublisherGrain>(0).PublishAsync(batches);

        var receipt = new IngestReceipt(records.Count, batches.Count, receivedAt, layout, receivedAt + options.IdempotencyWindow);
        if (receiptGrain is not null)
        {
            await receiptGrain.RecordAsync(receipt);
        }

        return new IngestReceiptResponse(receipt.Accepted, receipt.Campaigns, receivedAt, Replayed: false, layout);
    }

    private static bool IsNdjson(HttpRequest request) =>
        request.ContentType?.StartsWith(NdjsonContentType, StringComparison.OrdinalIgnoreCase) == true;

    private static async Task<IReadOnlyList<MetricRecord>> ReadJsonAsync(
        HttpRequest request, JsonSerializerOptions json, int max, CancellationToken cancellationToken)
    {
        if (!request.HasJsonContentType())
        {
            throw new BadHttpRequestException("Send application/json or application/x-ndjson.", StatusCodes.Status415UnsupportedMediaType);
        }

        var body = await request.ReadFromJsonAsync<MetricBatchRequest>(json, cancellationToken);
        var items = body?.Items ?? throw new ValidationFailedException(new Dictionary<string, string[]> { ["items"] = ["Required: the records to ingest."] });
        return items.Count <= max
            ? items
            : throw new ValidationFailedException(new Dictionary<string, string[]> { ["items"] = [$"At most {max} records per request; split the load."] });
    }

    /// <summary>
    /// Reads one record per line straight from the request's UTF-8 bytes: no string per line, and a line
    /// is copied only when it straddles two reads of the body.
    /// </summary>
    private static async Task<IReadOnlyList<MetricRecord>> ReadNdjsonAsync(
        HttpRequest request, JsonSerializerOptions json, int max, CancellationToken cancellationToken)
    {
        var records = new List<MetricRecord>();
        var body = request.BodyReader;
        var line = 0;
        while (true)
        {
            var read = await body.ReadAsync(cancellationToken);
            var buffer = read.Buffer;
            while (buffer.PositionOf((byte)'\n') is { } end)
            {
                AddRecord(records, buffer.Slice(0, end), ++line, json, max);
                buffer = buffer.Slice(buffer.GetPosition(1, end));
            }

            if (read.IsCompleted)
            {
                AddRecord(records, buffer, ++line, json, max);
                body.AdvanceTo(buffer.End);
                return records;
            }

            body.AdvanceTo(buffer.Start, buffer.End);
        }
    }

    private static void AddRecord(List<MetricRecord> records, ReadOnlySequence<byte> line, int number, JsonSerializerOptions json, int max)
    {
        var text = line.IsSingleSegment ? line.FirstSpan : line.ToArray();
        if (text.Trim(" \t\r"u8).IsEmpty)
        {
            return;
        }

        if (records.Count == max)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]> { ["$"] = [$"At most {max} records per request; split the load."] });
        }

        try
        {
            records.Add(JsonSerializer.Deserialize<MetricRecord>(text, json) ?? throw new JsonException("null is not a record"));
        }
        catch (JsonException exception)
        {
            throw new ValidationFailedException(new Dictionary<string, string[]>
            {
                [$"line {number}"] = [exception.Path is { Length: > 1 } path ? $"{path[2..]}: unreadable value." : "Not a JSON object."],
            });
        }
    }
}
