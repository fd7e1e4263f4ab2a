using GrainMarketing.ApiHost.Ingestion.Csv;

namespace GrainMarketing.ApiHost.Ingestion.UserEvents;

/// <summary>Reads transaction and engagement CSV files.</summary>
/// <remarks>
/// The first line is a header naming the columns (any order, without case; columns not listed here are ignored),
/// the rest one record per row. UTF-8 (UTF-16 with a byte order mark is read too); comma, tab or semicolon,
/// whichever the header uses; quotes as RFC 4180. Blank values are absent values. A file is taken whole or
/// refused, naming every bad row by its line.
/// </remarks>
public static class UserEventCsvImporter
{
    public static IReadOnlyList<string> TransactionColumns { get; } =
        ["userId", "eventId", "amount", "currency", "timestamp", "merchant", "category", "city", "latitude", "longitude", "channel"];

    public static IReadOnlyList<string> RequiredTransactionColumns { get; } = ["userId", "amount", "currency", "timestamp"];

    public static IReadOnlyList<string> EngagementColumns { get; } = ["userId", "eventId", "kind", "campaign", "timestamp", "amount"];

    public static IReadOnlyList<string> RequiredEngagementColumns { get; } = ["userId", "kind", "campaign", "timestamp"];

    public static UserEventCsvFile<TransactionRecord> ImportTransactions(ReadOnlySpan<byte> content) =>
        Import(content, TransactionColumns, RequiredTransactionColumns, row => new TransactionRecord(
            row.Text("userId"), row.Text("eventId"), row.OptionalNumber("amount"), row.Text("currency"), row.Text("timestamp"),
            row.Text("merchant"), row.Text("category"), row.Text("city"),
            (double?)row.OptionalNumber("latitude"), (double?)row.OptionalNumber("longitude"), row.Text("channel")));

    public static UserEventCsvFile<EngagementRecord> ImportEngagements(ReadOnlySpan<byte> content) =>
        Import(content, EngagementColumns, RequiredEngagementColumns, row => new EngagementRecord(
            row.Text("userId"), row.Text("eventId"), row.Text("kind"), row.Text("campaign"), row.Text("timestamp"), row.OptionalNumber("amount")));

    private static UserEventCsvFile<TRecord> Import<TRecord>(
        ReadOnlySpan<byte> content, IReadOnlyList<string> columns, IReadOnlyList<string> required, Func<CsvExportRow, TRecord> map)
    {
        if (!CsvText.TryDecode(content, out var text))
        {
            return Failure<TRecord>("The file is neither UTF-8 nor UTF-16: save it again as CSV UTF-8.");
        }

        var headerLine = CsvText.Lines(text, 1).Select(l => l.Line).FirstOrDefault() ?? "";
        var separator = CsvText.SeparatorOf(headerLine);
        var header = new CsvHeader(CsvText.Fields(headerLine, separator));
        if (required.Where(column => !header.Has(column)).ToList() is { Count: > 0 } missing)
        {
            return Failure<TRecord>($"The first line must name the columns; it lacks {string.Join(", ", missing)}. "
                + $"Columns: {string.Join(", ", columns)} (required: {string.Join(", ", required)}).");
        }

        var rows = CsvRows<TRecord>.Read(text, separator, headerLine: 0, skips: _ => false, map);
        if (rows.Problems.Count > 0)
        {
            var errors = rows.Problems.Take(CsvImportResult.MaxListedRowErrors)
                .ToDictionary(p => $"line {p.Key}", p => p.Value.ToArray(), StringComparer.Ordinal);
            if (rows.Problems.Count > CsvImportResult.MaxListedRowErrors)
            {
                errors["file"] = [$"{rows.Problems.Count} rows cannot be read; the first {CsvImportResult.MaxListedRowErrors} are listed."];
            }

            return new([], [], errors);
        }

        return new([.. rows.Records.Select(r => r.Record)], [.. rows.Records.Select(r => r.Line)], new Dictionary<string, string[]>());
    }

    private static UserEventCsvFile<TRecord> Failure<TRecord>(string reason) =>
        new([], [], new Dictionary<string, string[]>(StringComparer.Ordinal) { ["file"] = [reason] });
}
