using GrainMarketing.Profiles;
using Npgsql;
using NpgsqlTypes;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>Writes customer rows straight into <c>customer_profiles</c>, as profiles would have, for tests that start from known customers.</summary>
public static class SeededCustomers
{
    public static async Task InsertAsync(NpgsqlDataSource dataSource, IReadOnlyCollection<CustomerRow> rows)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO customer_profiles (tenant, user_id, shard, patterns, spend, transactions, recent_spend, prior_spend, first_seen, last_seen, top_category, top_city, updated_at)
            SELECT * FROM unnest(@tenants, @users, @shards, @patterns, @spend, @transactions, @recent, @prior, @first, @last, @categories, @cities, @updated)
            """);
        command.Parameters.AddWithValue("tenants", rows.Select(r => r.Tenant).ToArray());
        command.Parameters.AddWithValue("users", rows.Select(r => r.UserId).ToArray());
        command.Parameters.AddWithValue("shards", rows.Select(r => (short)r.Shard).ToArray());
        command.Parameters.AddWithValue("patterns", rows.Select(r => r.Patterns).ToArray());
        command.Parameters.AddWithValue("spend", NpgsqlDbType.Array | NpgsqlDbType.Numeric, rows.Select(r => r.Spend).ToArray());
        command.Parameters.AddWithValue("transactions", rows.Select(r => r.Transactions).ToArray());
        command.Parameters.AddWithValue("recent", NpgsqlDbType.Array | NpgsqlDbType.Numeric, rows.Select(r => r.RecentSpend).ToArray());
        command.Parameters.AddWithValue("prior", NpgsqlDbType.Array | NpgsqlDbType.Numeric, rows.Select(r => r.PriorSpend).ToArray());
        command.Parameters.AddWithValue("first", rows.Select(r => r.FirstSeen.ToUniversalTime()).ToArray());
        command.Parameters.AddWithValue("last", rows.Select(r => r.LastSeen.ToUniversalTime()).ToArray());
        command.Parameters.AddWithValue("categories", NpgsqlDbType.Array | NpgsqlDbType.Text, rows.Select(r => r.TopCategory).ToArray());
        command.Parameters.AddWithValue("cities", NpgsqlDbType.Array | NpgsqlDbType.Text, rows.Select(r => r.TopCity).ToArray());
        command.Parameters.AddWithValue("updated", rows.Select(r => r.UpdatedAt.ToUniversalTime()).ToArray());
        await command.ExecuteNonQueryAsync();
    }
}
