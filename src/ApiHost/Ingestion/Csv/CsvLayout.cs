namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>
/// A known export layout: the header names that identify it (all must be present, case-insensitive)
/// and how one row becomes a <see cref="MetricRecord"/>.
/// </summary>
public sealed record CsvLayout(string Name, IReadOnlyList<string> RequiredColumns, Func<CsvRow, CsvImportOptions, MetricRecord?> Map)
{
    public bool Matches(IReadOnlyList<string> header) =>
        RequiredColumns.All(required => header.Any(column => Fits(column, required)));

    /// <summary>"Amount spent (…)" stands for any currency suffix; every other name must match exactly.</summary>
    public static bool Fits(string column, string required) =>
        required.EndsWith("(…)", StringComparison.Ordinal)
            ? column.StartsWith(required[..^3], StringComparison.OrdinalIgnoreCase)
            : column.Equals(required, StringComparison.OrdinalIgnoreCase);
}
