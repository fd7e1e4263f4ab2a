namespace GrainMarketing.ApiHost.Ingestion;

/// <summary>Body of a JSON metric batch.</summary>
public sealed record MetricBatchRequest(IReadOnlyList<MetricRecord>? Items);
