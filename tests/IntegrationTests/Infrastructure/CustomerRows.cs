using GrainMarketing.Profiles;
using Npgsql;

namespace GrainMarketing.IntegrationTests.Infrastructure;

/// <summary>Writes <c>customer_profiles</c> rows straight into a test database, as profile grains would have written them.</summary>
public static class CustomerRows
{
    public static async Task InsertAsync(NpgsqlDataSource dataSource, IReadOnlyList<CustomerRow> rows)
    {
        await using var command = dataSource.CreateCommand("""
            INSERT INTO customer_profiles (tenant, user_id, shard, patterns, spend, transactions, recent_spend, prior_spend,
                                           first_seen, last_seen, top_category, top_city, updated_at)
            SELECT * FROM unnest(@tenant, @user, @shard, @patterns, @spend, @transactions, @recent, @prior, @first, @last, @category, @city, @updated)
            """);
        command.Parameters.AddWithValue("tenant", rows.Select(row => row.Tenant).ToArray());
        command.Parameters.AddWithValue("user", rows.Select(row => row.UserId).ToArray());
        command.Parameters.AddWithValue("shard", rows.Select(row => (short)row.Shard).ToArray());
        command.Parameters.AddWithValue("patterns", rows.Select(row => row.Patterns).ToArray());
        command.Parameters.AddWithValue("spend", rows.Select(row => row.Spend).ToArray());
        command.Parameters.AddWithValue("transactions", rows.Select(row => row.Transactions).ToArray());
        command.Parameters.AddWithValue("recent", rows.Select(row => row.RecentSpend).ToArray());
        command.Parameters.AddWithValue("prior", rows.Select(row => row.PriorSpend).ToArray());
        command.Parameters.AddWithValue("first", rows.Select(row => row.FirstSeen.ToUniversalTime()).ToArray());
        command.Parameters.AddWithValue("last", rows.Select(row => row.LastSeen.ToUniversalTime()).ToArray());
        command.Parameters.AddWithValue("category", rows.Select(row => row.TopCategory).ToArray());
        command.Parameters.AddWithValue("city", rows.Select(row => row.TopCity).ToArray());
        command.Parameters.AddWithValue("updated", rows.Select(row => row.UpdatedAt.ToUniversalTime()).ToArray());
        await command.ExecuteNonQueryAsync();
    }
}
