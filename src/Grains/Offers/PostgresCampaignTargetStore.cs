using GrainMarketing.Profiles;
using Npgsql;
using NpgsqlTypes;

namespace GrainMarketing.Offers;

/// <summary>The <c>campaign_targets</c> table (migration 0013).</summary>
/// <remarks>
/// A list is built by one <c>INSERT … SELECT</c> over the tenant's <c>customer_profiles</c> rows with
/// <see cref="CustomerCriteria.Sql"/>, holding out by <c>hashtextextended(user_id, seed)</c>; outcomes are
/// one <c>UPDATE … FROM unnest</c> per batch.
/// </remarks>
public sealed class PostgresCampaignTargetStore(NpgsqlDataSource dataSource) : ICampaignTargetStore
{
    private const string SumsSql = """
        SELECT campaign, holdout, count(*)::int, sum(delivered)::int, sum(viewed)::int, sum(clicked)::int, sum(converted)::int,
               (count(*) FILTER (WHERE converted > 0))::int, sum(offer_revenue), (count(*) FILTER (WHERE purchases > 0))::int,
               sum(revenue), sum(revenue * revenue)
        FROM campaign_targets
        WHERE tenant = @tenant AND campaign = ANY(@campaigns)
        GROUP BY campaign, holdout
        """;

    public async Task<TargetList> BuildAsync(string tenant, string campaign, TargetSelection selection, CancellationToken cancellationToken)
    {
        await using var connection = await dataSource.OpenConnectionAsync(cancellationToken);
        await using var transaction = await connection.BeginTransactionAsync(cancellationToken);
        await using (var clear = new NpgsqlCommand("DELETE FROM campaign_targets WHERE tenant = @tenant AND campaign = @campaign", connection, transaction))
        {
            clear.Parameters.AddWithValue("tenant", tenant);
            clear.Parameters.AddWithValue("campaign", campaign);
            await clear.ExecuteNonQueryAsync(cancellationToken);
        }

        await using var build = new NpgsqlCommand { Connection = connection, Transaction = transaction };
        var place = selection.Place switch
        {
            OfferPlace.TheirLocations => "top_city",
            OfferPlace.TheirCategory => "top_category",
            _ => "NULL::text",
        };
        var condition = CustomerCriteria.Sql(build, selection.Criteria, selection.RisingSpendRatio, selection.HighSpenderThreshold);
        build.CommandText = $"""
            WITH inserted AS (
                INSERT INTO campaign_targets (tenant, campaign, user_id, holdout, place)
                SELECT tenant, @campaign, user_id,
                       ((hashtextextended(user_id, @seed) % {Holdout.Buckets}) + {Holdout.Buckets}) % {Holdout.Buckets} < @cut,
                       {place}
                FROM customer_profiles
                WHERE tenant = @tenant AND {condition}
                RETURNING holdout)
            SELECT count(*)::int, (count(*) FILTER (WHERE holdout))::int FROM inserted
            """;
        build.Parameters.AddWithValue("tenant", tenant);
        build.Parameters.AddWithValue("campaign", campaign);
        build.Parameters.AddWithValue("seed", Holdout.Seed(campaign));
        build.Parameters.AddWithValue("cut", Holdout.Cut(selection.HoldoutShare));
        TargetList list;
        await using (var reader = await build.ExecuteReaderAsync(cancellationToken))
        {
            await reader.ReadAsync(cancellationToken);
            list = new TargetList(reader.GetInt32(0), reader.GetInt32(1));
        }

        await transaction.CommitAsync(cancellationToken);
        return list;
    }

    public async Task DeleteAsync(string tenant, IReadOnlyCollection<string> campaigns, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand("DELETE FROM campaign_targets WHERE tenant = @tenant AND campaign = ANY(@campaigns)");
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("campaigns", campaigns.ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyList<CampaignTargeting>> GetTargetingAsync(string tenant, string userId, CancellationToken cancellationToken)
    {
        await using var command = dataSource.CreateCommand(
            "SELECT campaign, holdout, place FROM campaign_targets WHERE tenant = @tenant AND user_id = @user ORDER BY campaign COLLATE \"C\"");
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("user", userId);
        var targeting = new List<CampaignTargeting>();
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            targeting.Add(new CampaignTargeting(reader.GetString(0), reader.GetBoolean(1), reader.IsDBNull(2) ? null : reader.GetString(2)));
        }

        return targeting;
    }

    /// <remarks>
    /// One row per (tenant, campaign, customer), the newest of a batch, so the join updates each target
    /// once; an outcome older than the one stored is not written over it.
    /// </remarks>
    public async Task RecordOutcomesAsync(IReadOnlyList<TargetOutcome> outcomes, CancellationToken cancellationToken)
    {
        var rows = outcomes
            .GroupBy(o => (o.Tenant, o.Campaign, o.UserId))
            .Select(group => group.MaxBy(o => o.At)!)
            .ToList();
        if (rows.Count == 0)
        {
            return;
        }

        await using var command = dataSource.CreateCommand("""
            UPDATE campaign_targets t
            SET delivered = o.delivered, viewed = o.viewed, clicked = o.clicked, converted = o.converted,
                offer_revenue = o.offer_revenue, purchases = o.purchases, revenue = o.revenue, updated_at = o.at
            FROM unnest(@tenants, @campaigns, @users, @delivered, @viewed, @clicked, @converted, @offer_revenue, @purchases, @revenue, @at)
                AS o(tenant, campaign, user_id, delivered, viewed, clicked, converted, offer_revenue, purchases, revenue, at)
            WHERE t.tenant = o.tenant AND t.campaign = o.campaign AND t.user_id = o.user_id
              AND (t.updated_at IS NULL OR t.updated_at <= o.at)
            """);
        command.Parameters.AddWithValue("tenants", rows.Select(o => o.Tenant).ToArray());
        command.Parameters.AddWithValue("campaigns", rows.Select(o => o.Campaign).ToArray());
        command.Parameters.AddWithValue("users", rows.Select(o => o.UserId).ToArray());
        command.Parameters.AddWithValue("delivered", rows.Select(o => o.Delivered).ToArray());
        command.Parameters.AddWithValue("viewed", rows.Select(o => o.Viewed).ToArray());
        command.Parameters.AddWithValue("clicked", rows.Select(o => o.Clicked).ToArray());
        command.Parameters.AddWithValue("converted", rows.Select(o => o.Converted).ToArray());
        command.Parameters.AddWithValue("offer_revenue", NpgsqlDbType.Array | NpgsqlDbType.Numeric, rows.Select(o => o.OfferRevenue).ToArray());
        command.Parameters.AddWithValue("purchases", rows.Select(o => o.Purchases).ToArray());
        command.Parameters.AddWithValue("revenue", NpgsqlDbType.Array | NpgsqlDbType.Numeric, rows.Select(o => o.Revenue).ToArray());
        command.Parameters.AddWithValue("at", rows.Select(o => o.At.ToUniversalTime()).ToArray());
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    public async Task<IReadOnlyDictionary<string, TargetSums>> GetSumsAsync(string tenant, IReadOnlyCollection<string> campaigns, CancellationToken cancellationToken)
    {
        var sums = campaigns.Distinct(StringComparer.Ordinal).ToDictionary(campaign => campaign, _ => TargetSums.Empty, StringComparer.Ordinal);
        await using var command = dataSource.CreateCommand(SumsSql);
        command.Parameters.AddWithValue("tenant", tenant);
        command.Parameters.AddWithValue("campaigns", sums.Keys.ToArray());
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            var group = new GroupSums(
                reader.GetInt32(2), reader.GetInt32(3), reader.GetInt32(4), reader.GetInt32(5), reader.GetInt32(6),
                reader.GetInt32(7), reader.GetDecimal(8), reader.GetInt32(9), reader.GetDecimal(10), reader.GetDecimal(11));
            var campaign = reader.GetString(0);
            sums[campaign] = reader.GetBoolean(1) ? sums[campaign] with { HeldOut = group } : sums[campaign] with { Treated = group };
        }

        return sums;
    }
}
