namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>What the caller knows that an export may not say.</summary>
/// <param name="DefaultDate">Reporting date for layouts without a date column (the KAG layout needs it).</param>
/// <param name="DefaultPlatform">
/// Platform for layouts whose file does not tell which platform it came from (the KAG layout; meta when
/// not given). Meta, Google, TikTok and Snapchat exports always get their own platform.
/// </param>
public sealed record CsvImportOptions(DateOnly? DefaultDate = null, string? DefaultPlatform = null);
