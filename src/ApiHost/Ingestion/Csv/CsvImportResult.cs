namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>The records of an export with the layout recognised and the currency it names; or why the file cannot be taken.</summary>
/// <remarks>A file is taken whole or not at all: when <see cref="Succeeded"/> is false, <see cref="Records"/> is empty.</remarks>
public sealed class CsvImportResult
{
    /// <summary>At most this many rows are listed in <see cref="Errors"/>; <see cref="RowErrors"/> has them all.</summary>
    public const int MaxListedRowErrors = 100;

    private static readonly Dictionary<string, string[]> NoErrors = new(StringComparer.Ordinal);

    private CsvImportResult(
        string? layout, string? currency, IReadOnlyList<MetricRecord> records, IReadOnlyDictionary<string, string[]> errors,
        IReadOnlyList<CsvRowError> rowErrors, IReadOnlyDictionary<string, IReadOnlyList<string>> expectedLayouts)
    {
        Layout = layout;
        Currency = currency;
        Records = records;
        Errors = errors;
        RowErrors = rowErrors;
        ExpectedLayouts = expectedLayouts;
    }

    /// <summary>The name of the layout recognised (<see cref="CsvLayout.Name"/>); null when none was.</summary>
    public string? Layout { get; }

    /// <summary>The currency the export names: the code in "Amount spent (EUR)", else the first row's (Google's "Currency code", TikTok's "Cost (EUR)", a "Currency" column).</summary>
    public string? Currency { get; }

    /// <summary>One snapshot record per data row; empty unless the whole file could be read.</summary>
    public IReadOnlyList<MetricRecord> Records { get; }

    /// <summary>Every problem, keyed as a validation problem.</summary>
    /// <remarks>
    /// <c>file</c> (unknown layout, unreadable encoding), <c>date</c> (a layout without dates and no default date),
    /// <c>line N</c> (a row with unreadable values).
    /// </remarks>
    public IReadOnlyDictionary<string, string[]> Errors { get; }

    /// <summary>Every row that could not be read, by line; empty when the file failed as a whole.</summary>
    public IReadOnlyList<CsvRowError> RowErrors { get; }

    /// <summary>When no layout was recognised: each known layout's name and the columns it needs; else empty.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<string>> ExpectedLayouts { get; }

    public bool Succeeded => Errors.Count == 0;

    internal static CsvImportResult Success(string layout, string? currency, IReadOnlyList<MetricRecord> records) =>
        new(layout, currency, records, NoErrors, [], new Dictionary<string, IReadOnlyList<string>>());

    internal static CsvImportResult FileFailure(string key, string reason, string? layout = null) =>
        new(layout, null, [], new Dictionary<string, string[]>(StringComparer.Ordinal) { [key] = [reason] }, [],
            new Dictionary<string, IReadOnlyList<string>>());

    internal static CsvImportResult UnknownLayout(IReadOnlyList<CsvLayout> layouts, string? firstLine)
    {
        var expected = layouts.ToDictionary(l => l.Name, l => l.RequiredColumns, StringComparer.Ordinal);
        var reason = "Unknown layout: no header among the first lines matches a known export. Expected one of: "
            + string.Join("; ", layouts.Select(l => $"{l.Name} ({string.Join(", ", l.RequiredColumns)})")) + "."
            + (firstLine is null ? "" : $" The file starts with: {Shorten(firstLine)}");
        var errors = new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [reason] };
        return new(null, null, [], errors, [], expected);
    }

    internal static CsvImportResult RowFailures(string layout, string? currency, IReadOnlyList<CsvRowError> rowErrors)
    {
        var errors = rowErrors.Take(MaxListedRowErrors)
            .ToDictionary(e => $"line {e.Line}", e => e.Problems.ToArray(), StringComparer.Ordinal);
        if (rowErrors.Count > MaxListedRowErrors)
        {
            errors["file"] = [$"{rowErrors.Count} rows cannot be read; the first {MaxListedRowErrors} are listed."];
        }

        return new(layout, currency, [], errors, rowErrors, new Dictionary<string, IReadOnlyList<string>>());
    }

    private static string Shorten(string text) => text.Length <= 200 ? text : text[..200] + "…";
}
