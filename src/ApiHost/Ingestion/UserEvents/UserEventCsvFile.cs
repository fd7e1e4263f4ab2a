namespace GrainMarketing.ApiHost.Ingestion.UserEvents;

/// <summary>The records of a customer-event CSV file, each with the line where it starts, or why the file cannot be taken.</summary>
/// <remarks>
/// Refusals are keyed <c>file</c> or <c>line N</c>, as the metric CSV importer keys them. A file is taken whole
/// or not at all: when <see cref="Errors"/> has entries, <see cref="Records"/> is empty.
/// </remarks>
public sealed record UserEventCsvFile<TRecord>(
    IReadOnlyList<TRecord> Records, IReadOnlyList<int> Lines, IReadOnlyDictionary<string, string[]> Errors);
