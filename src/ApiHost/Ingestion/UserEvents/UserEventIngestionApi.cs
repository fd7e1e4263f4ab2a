using GrainMarketing.ApiHost.Auth;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.ApiHost.Tenants;
using GrainMarketing.Errors;
using GrainMarketing.Profiles;
using Microsoft.AspNetCore.Http.HttpResults;

namespace GrainMarketing.ApiHost.Ingestion.UserEvents;

/// <summary>Customer events (transactions and engagements) under the rules of metric ingestion.</summary>
/// <remarks>
/// Routes: <c>/api/v1/tenants/{tenant}/ingest/transactions</c> and <c>…/engagements</c>. The rules: policy,
/// Idempotency-Key receipts, one <c>RateLimits:IngestEvents</c> token per record, request limits, whole-request
/// validation. Accepted records are grouped by customer and pushed as one <see cref="UserEventBatch"/> per
/// customer onto that customer's stream.
/// </remarks>
public static class UserEventIngestionApi
{
    private delegate IReadOnlyList<UserEventBatch> Mapper<TRecord>(
        string tenant, IReadOnlyList<TRecord> records, DateTimeOffset receivedAt, int maxAgeDays, RecordErrors errors);

    private delegate UserEventCsvFile<TRecord> CsvImport<TRecord>(ReadOnlySpan<byte> content);

    public static RouteGroupBuilder MapUserEventIngestion(this IEndpointRouteBuilder routes)
    {
        var group = routes.MapGroup("/api/v1/tenants/{tenant}/ingest").WithTags("Ingestion")
            .RequireAuthorization(TenantPolicies.Ingest)
            .AllowIngestionBodies(routes);
        Describe(group.MapPost("/transactions", IngestTransactionsAsync).WithName("IngestTransactions")
            .WithSummary("Ingest customer transactions: a JSON batch ({\"items\":[…]}) or NDJSON (application/x-ndjson), one record per line")
            .Accepts<IngestBatchRequest<TransactionRecord>>("application/json", IngestBody.NdjsonContentType));
        Describe(group.MapPost("/transactions/csv", IngestTransactionsCsvAsync).WithName("IngestTransactionsCsv")
            .WithSummary("Ingest customer transactions from CSV: a header row naming the columns, one transaction per row"));
        Describe(group.MapPost("/engagements", IngestEngagementsAsync).WithName("IngestEngagements")
            .WithSummary("Ingest offer engagements (delivered, viewed, clicked, converted): a JSON batch or NDJSON")
            .Accepts<IngestBatchRequest<EngagementRecord>>("application/json", IngestBody.NdjsonContentType));
        Describe(group.MapPost("/engagements/csv", IngestEngagementsCsvAsync).WithName("IngestEngagementsCsv")
            .WithSummary("Ingest offer engagements from CSV: a header row naming the columns, one engagement per row"));
        return group;
    }

    public static async Task<Accepted<IngestReceiptResponse>> IngestTransactionsAsync(string tenant, [AsParameters] UserEventRequest call) =>
        await AcceptJsonAsync<TransactionRecord>(tenant, "transactions", TransactionRecordMapper.ToBatches, call);

    public static async Task<Accepted<IngestReceiptResponse>> IngestEngagementsAsync(string tenant, [AsParameters] UserEventRequest call) =>
        await AcceptJsonAsync<EngagementRecord>(tenant, "engagements", EngagementRecordMapper.ToBatches, call);

    public static async Task<Accepted<IngestReceiptResponse>> IngestTransactionsCsvAsync(string tenant, [AsParameters] UserEventRequest call) =>
        await AcceptCsvAsync(tenant, "transactions", UserEventCsvImporter.ImportTransactions, TransactionRecordMapper.ToBatches, call);

    public static async Task<Accepted<IngestReceiptResponse>> IngestEngagementsCsvAsync(string tenant, [AsParameters] UserEventRequest call) =>
        await AcceptCsvAsync(tenant, "engagements", UserEventCsvImporter.ImportEngagements, EngagementRecordMapper.ToBatches, call);

    private static void Describe(RouteHandlerBuilder endpoint) => endpoint
        .ProducesValidationProblem()
        .ProducesProblem(StatusCodes.Status404NotFound)
        .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
        .ProducesProblem(StatusCodes.Status429TooManyRequests);

    private static async Task<Accepted<IngestReceiptResponse>> AcceptJsonAsync<TRecord>(
        string tenant, string kind, Mapper<TRecord> toBatches, UserEventRequest call)
    {
        await call.Cluster.RequireTenantAsync(tenant);
        var records = await IngestBody.ReadAsync<TRecord>(
            call.Request, call.Json.Value.SerializerOptions, call.Options.Value.MaxRecordsPerRequest, call.CancellationToken);
        return await AcceptAsync(tenant, kind, records, RecordErrors.ForItems(), toBatches, call);
    }

    private static async Task<Accepted<IngestReceiptResponse>> AcceptCsvAsync<TRecord>(
        string tenant, string kind, CsvImport<TRecord> import, Mapper<TRecord> toBatches, UserEventRequest call)
    {
        await call.Cluster.RequireTenantAsync(tenant);
        using var buffer = await IngestBody.BufferAsync(call.Request, call.CancellationToken);
        var file = import(buffer.GetBuffer().AsSpan(0, (int)buffer.Length));
        if (file.Errors.Count > 0)
        {
            throw new ValidationFailedException(file.Errors);
        }

        IngestBody.RequireAtMost(file.Records.Count, call.Options.Value.MaxRecordsPerRequest);
        return await AcceptAsync(tenant, kind, file.Records, RecordErrors.ForLines(file.Lines), toBatches, call);
    }

    private static async Task<Accepted<IngestReceiptResponse>> AcceptAsync<TRecord>(
        string tenant, string kind, IReadOnlyList<TRecord> records, RecordErrors errors, Mapper<TRecord> toBatches, UserEventRequest call)
    {
        var options = call.Options.Value;
        var receipt = await IngestReceipts.AcceptOnceAsync(tenant, kind, layout: null, call.Request, call.Cluster, options, call.Limiter, call.Clock,
            receivedAt =>
            {
                var batches = toBatches(tenant, records, receivedAt, options.MaxAgeDays, errors);
                return errors.Count > 0
                    ? throw new ValidationFailedException(errors.Errors, errors.Count)
                    : new IngestPlan(records.Count, Campaigns: 0, batches.Count,
                        () => call.Cluster.GetGrain<IUserEventPublisherGrain>(0).PublishAsync(batches));
            });
        return TypedResults.Accepted((string?)null, receipt);
    }
}
