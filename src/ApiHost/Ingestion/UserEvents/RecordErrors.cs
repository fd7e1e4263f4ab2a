using GrainMarketing.ApiHost.Hosting;

namespace GrainMarketing.ApiHost.Ingestion.UserEvents;

/// <summary>Every problem of a request's records, keyed as a validation problem.</summary>
/// <remarks>
/// <c>items[i].field</c> for a JSON batch or NDJSON, <c>line N</c> (entries <c>column: problem</c>) for CSV rows, as the
/// metric CSV importer keys them. Past <see cref="ValidationErrors.MaxListed"/> keys, problems are only counted.
/// </remarks>
public sealed class RecordErrors
{
    private readonly IReadOnlyList<int>? _lines;
    private readonly bool _single;
    private int _unlisted;

    private RecordErrors(IReadOnlyList<int>? lines, bool single = false) => (_lines, _single) = (lines, single);

    /// <summary>The first problems, at most <see cref="ValidationErrors.MaxListed"/> keys.</summary>
    public Dictionary<string, string[]> Errors { get; } = new(StringComparer.Ordinal);

    /// <summary>How many problems were found, listed or only counted.</summary>
    public int Count => Errors.Count + _unlisted;

    /// <summary>Problems of JSON or NDJSON records, keyed <c>items[i].field</c>.</summary>
    public static RecordErrors ForItems() => new(null);

    /// <summary>Problems of CSV rows, keyed by the line where record i starts (<paramref name="lines"/>[i]).</summary>
    public static RecordErrors ForLines(IReadOnlyList<int> lines) => new(lines);

    /// <summary>Problems of a request that is one record, keyed by the bare field name.</summary>
    public static RecordErrors ForRecord() => new(null, single: true);

    public void Add(int index, string field, string problem)
    {
        if (Errors.Count >= ValidationErrors.MaxListed && !_single)
        {
            _unlisted++;
            return;
        }

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
