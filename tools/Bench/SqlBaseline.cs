using System.Diagnostics;
using Npgsql;

namespace GrainMarketing.Bench;

/// <summary>
/// Phase 4, the alternative: the same <c>--events</c> generated events binary-COPYed into a plain
/// PostgreSQL table, checked with SUMs against the generator, then the same three questions asked with
/// SQL aggregates by the same number of clients, for the same time, while the same background events
/// are COPYed in at the same rate as the API got. Ratios are SQL latency / API latency.
/// </summary>
internal sealed class SqlBaseline(EventGenerator generator, BenchOptions options, Report report, string tenant)
{
    private const string Phase = "5 sql";

    public async Task RunAsync(EventTotals expected, double? backgroundRate, IReadOnlyDictionary<Question, LatencySummary>? api)
    {
        var connections = options.QueryClients + options.Concurrency + options.CopyStreams + 4;
        await using var table = await SqlEventTable.CreateAsync(options.Postgres!, connections, generator, tenant);
        report.Add(Phase, "table", $"{table.Name}, one row per event, the indexes below in place during the COPY");
        report.AddSection($"### Plain-SQL baseline schema\n\n```sql\n{string.Join(";\n", table.Schema)};\n```");

        Report.Progress($"sql: COPY {options.Events:N0} rows into {table.Name} with {options.CopyStreams} streams");
        var clock = Stopwatch.StartNew();
        var share = (options.Events + options.CopyStreams - 1) / options.CopyStreams;
        await Task.WhenAll(Enumerable.Range(0, options.CopyStreams)
            .Select(stream => (From: stream * share, Count: Math.Min(share, options.Events - (stream * share))))
            .Where(range => range.Count > 0)
            .Select(range => table.CopyAsync(range.From, range.Count)));
        var copied = clock.Elapsed;
        report.Add(Phase, "binary COPY", $"{options.Events / copied.TotalSeconds:N0} rows/s ({options.Events:N0} rows in {copied.TotalSeconds:N1} s, {options.CopyStreams} streams)");

        clock.Restart();
        await table.VacuumAnalyzeAsync();
        report.Add(Phase, "VACUUM ANALYZE after the load", $"{clock.Elapsed.TotalSeconds:N1} s; table and indexes {await table.SizeBytesAsync() / (1024.0 * 1024):N0} MiB");
        report.Add(Phase, "SQL SUMs = generator sums", (await table.TotalsAsync()).Check(expected));

        var load = backgroundRate is { } rate
            ? new PacedLoad(rate, options.Batch, options.Concurrency, options.Events, (_, from, count) => CopyBatchAsync(table, from, count))
            : null;
        load?.Start();
        foreach (var question in QuestionNames.All)
        {
            Report.Progress($"sql: {question.Describe()}, {options.QueryClients} clients");
            var sql = await ClosedLoop.RunAsync(options.QueryClients, options.PhaseDuration,
                (client, n) => table.AskAsync(question, generator.QueryTarget(client, n)));
            report.Add(Phase, $"SQL {question.Describe()}, {options.QueryClients} clients", sql.ToString());
            if (api?.GetValueOrDefault(question) is { } ours)
            {
                report.Add(Phase, $"ratio SQL / API, {question.Describe()}", $"p50 {sql.P50 / ours.P50:N1}x, p99 {sql.P99 / ours.P99:N1}x");
            }
        }

        report.Add(Phase, "background COPY during the queries", load is null
            ? "none: no rate known (run ingest or pass --background-rate)"
            : $"{await load.StopAsync()}, in COPYs of {options.Batch:N0} rows");
    }

    private static async Task<bool> CopyBatchAsync(SqlEventTable table, long from, int count)
    {
        try
        {
            await table.CopyAsync(from, count);
            return true;
        }
        catch (NpgsqlException exception)
        {
            await Console.Error.WriteLineAsync($"background COPY failed: {exception.Message}");
            return false;
        }
    }
}
