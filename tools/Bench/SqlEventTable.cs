using System.Globalization;
using System.Security.Cryptography;
using Npgsql;
using NpgsqlTypes;

namespace GrainMarketing.Bench;

/// <summary>
/// The table a team would build instead: one row per event in plain PostgreSQL, with the indexes the
/// three questions need, filled by binary COPY and asked with SUM ... GROUP BY. Created under a random
/// name and dropped on dispose.
/// </summary>
internal sealed class SqlEventTable : IAsyncDisposable
{
    private const string Columns =
        "tenant, platform, campaign_id, ad_id, day, age, gender, country, impressions, clicks, spend, conversions, conversion_value, event_id";

    private const string Sums =
        "sum(impressions)::bigint, sum(clicks)::bigint, coalesce(sum(spend), 0), coalesce(sum(conversions), 0), coalesce(sum(conversion_value), 0)";

    private readonly NpgsqlDataSource _dataSource;
    private readonly EventGenerator _generator;
    private readonly string _tenant;
    private readonly string[][] _adIds;
    private readonly DateOnly[] _dates;

    private SqlEventTable(NpgsqlDataSource dataSource, EventGenerator generator, string tenant, string name)
    {
        _dataSource = dataSource;
        _generator = generator;
        _tenant = tenant;
        Name = name;
        _adIds = [.. Enumerable.Range(0, generator.Campaigns).Select(c =>
            Enumerable.Range(0, EventGenerator.AdsPerCampaign).Select(a => EventGenerator.AdId(generator.CampaignId(c), a)).ToArray())];
        _dates = [.. Enumerable.Range(0, EventGenerator.Days).Select(d => generator.Today.AddDays(-d))];
    }

    public string Name { get; }

    /// <summary>Statements that define the table; printed in the report so the baseline can be judged.</summary>
    public IReadOnlyList<string> Schema =>
    [
        $"CREATE TABLE {Name} (tenant text NOT NULL, platform text NOT NULL, campaign_id text NOT NULL, ad_id text NOT NULL, day date NOT NULL, "
            + "age text NOT NULL, gender text NOT NULL, country text NOT NULL, impressions bigint NOT NULL, clicks bigint NOT NULL, "
            + "spend numeric(14,4) NOT NULL, conversions numeric(14,4) NOT NULL, conversion_value numeric(16,2) NOT NULL, event_id text NOT NULL)",
        $"CREATE INDEX ON {Name} (tenant, platform, campaign_id, day)",
        $"CREATE INDEX ON {Name} (tenant, day)",
    ];

    public static async Task<SqlEventTable> CreateAsync(string connectionString, int connections, EventGenerator generator, string tenant)
    {
        var settings = new NpgsqlConnectionStringBuilder(connectionString)
        {
            CommandTimeout = 900,
            MaxAutoPrepare = 16,
            AutoPrepareMinUsages = 2,
        };
        settings.MaxPoolSize = Math.Max(settings.MaxPoolSize, connections);
        var dataSource = NpgsqlDataSource.Create(settings.ConnectionString);
        var table = new SqlEventTable(dataSource, generator, tenant, $"bench_events_{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(4))}");
        foreach (var statement in table.Schema)
        {
            await table.ExecuteAsync(statement);
        }

        return table;
    }

    /// <summary>Binary-COPYs events <paramref name="from"/> to <paramref name="from"/> + <paramref name="count"/> in one statement; returns their sums.</summary>
    public Task<EventTotals> CopyAsync(long from, long count) => Task.Run(() =>
    {
        using var connection = _dataSource.OpenConnection();
        using var writer = connection.BeginBinaryImport($"COPY {Name} ({Columns}) FROM STDIN (FORMAT BINARY)");
        var totals = default(EventTotals);
        for (var i = from; i < from + count; i++)
        {
            var e = _generator.At(i);
            totals += EventTotals.Of(e);
            writer.StartRow();
            writer.Write(_tenant, NpgsqlDbType.Text);
            writer.Write(_generator.PlatformOf(e.Campaign), NpgsqlDbType.Text);
            writer.Write(_generator.CampaignId(e.Campaign), NpgsqlDbType.Text);
            writer.Write(_adIds[e.Campaign][e.Ad], NpgsqlDbType.Text);
            writer.Write(_dates[e.DaysAgo], NpgsqlDbType.Date);
            writer.Write(EventGenerator.AgeBands[e.Age], NpgsqlDbType.Text);
            writer.Write(EventGenerator.Genders[e.Gender], NpgsqlDbType.Text);
            writer.Write(EventGenerator.Countries[e.Country], NpgsqlDbType.Text);
            writer.Write(1L, NpgsqlDbType.Bigint);
            writer.Write((long)e.Clicks, NpgsqlDbType.Bigint);
            writer.Write(e.SpendUnits * EventGenerator.SpendUnit, NpgsqlDbType.Numeric);
            writer.Write((decimal)e.Conversions, NpgsqlDbType.Numeric);
            writer.Write(e.ValueCents / 100m, NpgsqlDbType.Numeric);
            writer.Write(string.Create(CultureInfo.InvariantCulture, $"e{i}"), NpgsqlDbType.Text);
        }

        writer.Complete();
        return totals;
    });

    /// <summary>VACUUM ANALYZE, as autovacuum would after a load: fresh statistics and a visibility map.</summary>
    public Task VacuumAnalyzeAsync() => ExecuteAsync($"VACUUM (ANALYZE) {Name}");

    public async Task<long> SizeBytesAsync()
    {
        await using var command = _dataSource.CreateCommand($"SELECT pg_total_relation_size('{Name}')");
        return (long)(await command.ExecuteScalarAsync() ?? 0L);
    }

    /// <summary>The tenant's totals over every row.</summary>
    public async Task<ObservedTotals> TotalsAsync()
    {
        await using var command = _dataSource.CreateCommand($"SELECT {Sums} FROM {Name} WHERE tenant = $1");
        command.Parameters.Add(new NpgsqlParameter { Value = _tenant });
        await using var reader = await command.ExecuteReaderAsync();
        await reader.ReadAsync();
        return new ObservedTotals(
            reader.IsDBNull(0) ? 0 : reader.GetInt64(0), reader.IsDBNull(1) ? 0 : reader.GetInt64(1),
            reader.GetDecimal(2), reader.GetDecimal(3), reader.GetDecimal(4));
    }

    /// <summary>One of the three questions, answered with an aggregate and read to the last row.</summary>
    public async Task<bool> AskAsync(Question question, int campaign)
    {
        await using var command = question switch
        {
            Question.CampaignSummary => _dataSource.CreateCommand(
                $"SELECT {Sums} FROM {Name} WHERE tenant = $1 AND platform = $2 AND campaign_id = $3 AND day BETWEEN $4 AND $5"),
            Question.Breakdown => _dataSource.CreateCommand(
                $"SELECT age, gender, {Sums} FROM {Name} WHERE tenant = $1 AND platform = $2 AND campaign_id = $3 AND day BETWEEN $4 AND $5 GROUP BY age, gender"),
            _ => _dataSource.CreateCommand(
                $"SELECT platform, {Sums} FROM {Name} WHERE tenant = $1 AND day BETWEEN $2 AND $3 GROUP BY platform"),
        };
        command.Parameters.Add(new NpgsqlParameter { Value = _tenant });
        if (question != Question.TenantSummary)
        {
            command.Parameters.Add(new NpgsqlParameter { Value = _generator.PlatformOf(campaign) });
            command.Parameters.Add(new NpgsqlParameter { Value = _generator.CampaignId(campaign) });
        }

        var today = _generator.Today;
        command.Parameters.Add(new NpgsqlParameter { Value = question == Question.CampaignSummary ? today : today.AddDays(1 - EventGenerator.Days) });
        command.Parameters.Add(new NpgsqlParameter { Value = today });
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            for (var column = 0; column < reader.FieldCount; column++)
            {
                _ = reader.GetValue(column);
            }
        }

        return true;
    }

    public async ValueTask DisposeAsync()
    {
        await ExecuteAsync($"DROP TABLE IF EXISTS {Name}");
        await _dataSource.DisposeAsync();
    }

    private async Task ExecuteAsync(string statement)
    {
        await using var command = _dataSource.CreateCommand(statement);
        await command.ExecuteNonQueryAsync();
    }
}
