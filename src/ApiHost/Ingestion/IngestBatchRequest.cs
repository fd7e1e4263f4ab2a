namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>Body of a JSON ingestion batch: metric, transaction or engagement records.</summary>
public sealed record IngestBatchRequest<TRecord>(IReadOnlyList<TRecord>? Items);
