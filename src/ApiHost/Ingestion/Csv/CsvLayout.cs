namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>A known export layout: the columns that identify it (all present, names trimmed and without case) and how one of its rows becomes a <see cref="MetricRecord"/>.</summary>
public sealed class CsvLayout
{
    /// <summary>Joins the names one required column may have ("By Day or Date"), for exports that spell it either way.</summary>
    internal const string Or = " or ";

    private readonly Func<CsvExportRow, bool> _skips;
    private readonly Func<CsvExportRow, CsvImportOptions, MetricRecord> _map;

    internal CsvLayout(
        string name, IReadOnlyList<string> requiredColumns, bool hasDateColumn,
        Func<CsvExportRow, bool> skips, Func<CsvExportRow, CsvImportOptions, MetricRecord> map)
    {
        Name = name;
        RequiredColumns = requiredColumns;
        HasDateColumn = hasDateColumn;
        _skips = skips;
        _map = map;
    }

    public string Name { get; }

    /// <summary>The columns a header needs to be read as this layout; "(XXX)" stands for a currency code, "A or B" for a column named either way.</summary>
    public IReadOnlyList<string> RequiredColumns { get; }

    /// <summary>False for layouts whose rows carry no date: they take <see cref="CsvImportOptions.DefaultDate"/>.</summary>
    public bool HasDateColumn { get; }

    internal bool Matches(CsvHeader header) => RequiredColumns.All(column => column.Split(Or).Any(header.Has));

    /// <summary>Summary rows the platform adds (totals), which are not data.</summary>
    internal bool Skips(CsvExportRow row) => _skips(row);

    internal MetricRecord Map(CsvExportRow row, CsvImportOptions options) => _map(row, options);
}
