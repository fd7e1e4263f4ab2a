namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>Why one row of an export cannot be taken.</summary>
/// <param name="Line">1-based line of the file where the row starts (title rows and the header counted).</param>
/// <param name="Problems">One entry per unreadable field, such as <c>Impr.: '12x' is not a number.</c></param>
public sealed record CsvRowError(int Line, IReadOnlyList<string> Problems);
