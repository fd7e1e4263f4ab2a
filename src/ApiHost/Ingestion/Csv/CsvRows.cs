using CsvHelper;

namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>The data rows below a header, each mapped to a record.</summary>
/// <remarks>Blank and skipped rows are left out, and every problem of every row is collected by the line of the file where the row starts.</remarks>
/// <param name="Header">The header's column names.</param>
/// <param name="Records">The records of the rows without problems, each with its 1-based line.</param>
/// <param name="Problems">Every row's problems, by 1-based line.</param>
internal sealed record CsvRows<TRecord>(CsvHeader Header, IReadOnlyList<(int Line, TRecord Record)> Records, SortedDictionary<int, List<string>> Problems)
{
    /// <summary>Reads the rows below the header, which is line <paramref name="headerLine"/> (0-based) of the file.</summary>
    public static CsvRows<TRecord> Read(
        string fromHeader, char separator, int headerLine, Func<CsvExportRow, bool> skips, Func<CsvExportRow, TRecord> map)
    {
        var problems = new SortedDictionary<int, List<string>>();
        var readerOptions = new CsvReaderOptions
        {
            Separator = separator,
            HasHeader = true,
            TrackLineNumbers = true,
            OnMalformedRecord = malformed =>
            {
                if (malformed.Reason != CsvMalformedReason.StrayQuote)
                {
                    Add(problems, headerLine + (int)malformed.LineNumber, $"Malformed quoting ({malformed.Reason}).");
                }
            },
        };

        using var reader = CsvReader.FromText(fromHeader, readerOptions);
        var header = new CsvHeader(reader.Headers);
        var records = new List<(int, TRecord)>();
        while (reader.Read())
        {
            var row = new CsvExportRow(header, reader.Current.ToArray());
            if (row.IsBlank || skips(row))
            {
                continue;
            }

            if (row.ExtraFields > 0)
            {
                row.AddProblem($"The row has {row.FieldCount} fields, the header {header.Count}: quote values that hold the separator.");
            }

            var line = headerLine + (int)reader.LineNumber;
            var record = map(row);
            if (row.Problems.Count > 0)
            {
                foreach (var problem in row.Problems)
                {
                    Add(problems, line, problem);
                }
            }
            else
            {
                records.Add((line, record));
            }
        }

        return new CsvRows<TRecord>(header, records, problems);
    }

    private static void Add(SortedDictionary<int, List<string>> problems, int line, string problem)
    {
        if (!problems.TryGetValue(line, out var list))
        {
            problems[line] = list = [];
        }

        list.Add(problem);
    }
}
