namespace GrainMarketing.ApiHost.Ingestion.Csv;

/// <summary>Turns ad-platform exports into <see cref="MetricRecord"/>s.</summary>
/// <remarks>
/// Meta Ads Manager, Google Ads (UI exports too: title rows above the header, UTF-16, tabs, total rows), TikTok Ads
/// Manager, Snapchat Ads Manager and the Kaggle KAG layout (see <see cref="CsvLayouts"/>). The encoding comes from the byte order mark, the separator
/// (comma, tab, semicolon) from the header line, and the layout from the header's column names. A file is taken
/// whole or refused: one unreadable value fails the import, naming its line.
/// </remarks>
public static class MetricCsvImporter
{
    /// <summary>How many lines from the top are tried as the header (the lines above it are report titles).</summary>
    public const int HeaderSearchLines = 10;

    /// <summary>Reads the whole of <paramref name="content"/> (synchronously: hand it a buffered stream) and imports it.</summary>
    public static CsvImportResult Import(Stream content, CsvImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(content);
        using var buffer = new MemoryStream();
        content.CopyTo(buffer);
        return Import(buffer.GetBuffer().AsSpan(0, (int)buffer.Length), options);
    }

    public static CsvImportResult Import(ReadOnlySpan<byte> content, CsvImportOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!CsvText.TryDecode(content, out var text))
        {
            return CsvImportResult.FileFailure("file", "The file is neither UTF-8 nor UTF-16: export it again as CSV UTF-8.");
        }

        string? firstLine = null;
        foreach (var (number, start, line) in CsvText.Lines(text, HeaderSearchLines))
        {
            firstLine ??= string.IsNullOrWhiteSpace(line) ? null : line;
            var separator = CsvText.SeparatorOf(line);
            var header = new CsvHeader(CsvText.Fields(line, separator));
            if (CsvLayouts.All.FirstOrDefault(layout => layout.Matches(header)) is not { } layout)
            {
                continue;
            }

            return layout.HasDateColumn || options.DefaultDate is not null
                ? ReadRows(text[start..], separator, number, layout, options)
                : CsvImportResult.FileFailure("date",
                    $"A {layout.Name} export has no date column: give the reporting date (?date=yyyy-MM-dd).", layout.Name);
        }

        return CsvImportResult.UnknownLayout(CsvLayouts.All, firstLine);
    }

    /// <summary>Reads the rows below the header, which is line <paramref name="headerLine"/> (0-based) of the file.</summary>
    private static CsvImportResult ReadRows(string fromHeader, char separator, int headerLine, CsvLayout layout, CsvImportOptions options)
    {
        var rows = CsvRows<MetricRecord>.Read(fromHeader, separator, headerLine, layout.Skips, row => layout.Map(row, options));
        var records = rows.Records.Select(r => r.Record).ToList();
        var currency = rows.Header.Currency("Amount spent") ?? records.Select(r => r.Currency).FirstOrDefault(c => c is not null);
        return rows.Problems.Count > 0
            ? CsvImportResult.RowFailures(layout.Name, currency, [.. rows.Problems.Select(p => new CsvRowError(p.Key, p.Value))])
            : CsvImportResult.Success(layout.Name, currency, records);
    }
}
