namespace GrainMarketing.ApiHost.Ingestion.UserEvents;

/// <summary>Every problem of a request's records, keyed as a validation problem.</summary>
/// <remarks><c>items[i].field</c> for a JSON batch or NDJSON, <c>line N</c> (entries <c>column: problem</c>) for CSV rows, as the metric CSV importer keys them.</remarks>
public sealed class RecordErrors
{
    private readonly IReadOnlyList<int>? _lines;
    private readonly bool _single;

    private RecordErrors(IReadOnlyList<int>? lines, bool single = false) => (_lines, _single) = (lines, single);

    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    public int Count => Errors.Count;

    /// <summary>Problems of JSON or NDJSON records, keyed <c>items[i].field</c>.</summary>
    public static RecordErrors ForItems() => new(null);

    /// <summary>Problems of CSV rows, keyed by the line where record i starts (<paramref name="lines"/>[i]).</summary>
    public static RecordErrors ForLines(IReadOnlyList<int> lines) => new(lines);

    /// <summary>Problems of a request that is one record, keyed by the bare field name.</summary>
    public static RecordErrors ForRecord() => new(null, single: true);

    public void Add(int index, string field, string problem)
    {
        if (_single)
        {
            Errors[field] = [problem];
            return;
        }

        if (_lines is null)
        {
            Errors[$"items[{index}].{field}"] = [problem];
            return;
        }

        var key = $"line {_lines[index]}";
        Errors[key] = Errors.TryGetValue(key, out var earlier) ? [.. earlier, $"{field}: {problem}"] : [$"{field}: {problem}"];
    }
}
