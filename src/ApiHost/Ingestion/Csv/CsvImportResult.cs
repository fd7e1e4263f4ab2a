namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>
/// The records of an export, the layout recognised and the currency its header named; or, in
/// <see cref="Errors"/>, why the file cannot be taken (keyed "file", or "line N" for a bad row).
/// </summary>
public sealed record CsvImportResult(
    string? Layout,
    string? Currency,
    IReadOnlyList<MetricRecord> Records,
    IReadOnlyDictionary<string, string[]> Errors);
