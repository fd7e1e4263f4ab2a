namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>What the caller knows that a file may not say.</summary>
/// <param name="DefaultDate">Reporting date for layouts without a date column (the KAG export).</param>
public sealed record CsvImportOptions(DateOnly? DefaultDate = null);
