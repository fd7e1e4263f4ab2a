using System.Text.Json;
using GrainMarketing.Persistence;
using Npgsql;
using NpgsqlTypes;

namespace GrainMarketing.Automation;

/// <summary>The <c>rule_firings</c> table (migration 0010): each entry whole as JSON, with the columns filters and paging use.</summary>
public sealed class PostgresFiringLog(NpgsqlDataSource dataSource) : IFiringLog
{
    /// <summary>One statement for every combination of filters: an absent filter is a NULL parameter, folded away at planning.</summary>
    private const string QuerySql = """
        SELECT id, firing
        FROM rule_firings
        WHERE tenant = @tenant
          AND (@before::bigint IS NULL OR id < @before)
          AND (@rule::uuid IS NULL OR rule_id = @rule)
          AND (@target::text IS NULL OR target = @target)
          AND (@kind::text IS NULL OR kind = @kind)
          AND (@dry::boolean IS NULL OR dry_run = @dry)
          AND (@from::timestamptz IS NULL OR at >= @from)
          AND (@to::timestamptz IS NULL OR at < @to)
        ORDER BY id DESC
        LIMIT @limit
        """;

    public async Task AppendAsync(IReadOnlyList<RuleFiring> firings, CancellationToken cancellationToken)
    {
        if (firings.Count == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand("""
            INSERT INTO rule_firings (firing_id, tenant, rule_id, target, kind, dry_run, at, firing)
            SELECT * FROM unnest(@ids, @tenants, @rules, @targets, @kinds, @dry, @at, @firings)
            ON CONFLICT (firing_id) DO NOTHING
            """);
        command.Parameters.AddWithValue("ids", firings.Select(f => f.Id).ToArray());
        command.Parameters.AddWithValue("tenants", firings.Select(f => f.Tenant).ToArray());
        command.Parameters.AddWithValue("rules", firings.Select(f => f.RuleId).ToArray());
        command.Parameters.AddWithValue("targets", firings.Select(f => f.Target).ToArray());
        command.Parameters.AddWithValue("kinds", firings.Select(f => Kind(f.Kind)).ToArray());
        command.Parameters.AddWithValue("dry", firings.Select(f => f.DryRun).ToArray());
        command.Parameters.AddWithValue("at", firings.Select(f => f.At.ToUniversalTime()).ToArray());
        command.Parameters.AddWithValue("firings", NpgsqlDbType.Array | NpgsqlDbType.Jsonb, firings.Select(f => JsonSerializer.Serialize(f, AutomationJson.Options)).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<FiringPage> QueryAsync(string tenant, FiringQuery query, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(QuerySql);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddOptional("before", NpgsqlDbType.Bigint, query.Before);
        command.Parameters.AddOptional("rule", NpgsqlDbType.Uuid, query.RuleId);
        command.Parameters.AddOptional("target", NpgsqlDbType.Text, query.Target);
        command.Parameters.AddOptional("kind", NpgsqlDbType.Text, query.Kind is { } kind ? Kind(kind) : null);
        command.Parameters.AddOptional("dry", NpgsqlDbType.Boolean, query.DryRun);
        command.Parameters.AddOptional("from", NpgsqlDbType.TimestampTz, query.From?.ToUniversalTime());
        command.Parameters.AddOptional("to", NpgsqlDbType.TimestampTz, query.To?.ToUniversalTime());
        command.Parameters.AddWithValue("limit", query.Limit + 1);

        var matches = new List<StoredFiring>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var firing = JsonSerializer.Deserialize<RuleFiring>(reader.GetString(1), AutomationJson.Options)
                ?? throw new InvalidDataException($"rule_firings row {reader.GetInt64(0)} holds no firing.");
            matches.Add(new StoredFiring(reader.GetInt64(0), firing));
        }

        return FiringPages.From(matches, query.Limit);
    }

    private static string Kind(FiringKind kind) => EnumNames.Camel(kind);
}
