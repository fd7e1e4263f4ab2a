using GrainMarketing.Offers;
using Npgsql;

namespace GrainMarketing.Profiles;

/// <summary>Which customer rows a <see cref="TargetCriteria"/> selects, as a predicate (Memory profile) and as SQL (Postgres profile).</summary>
/// <remarks>
/// The same rules in both. High spender is judged by the tenant's current threshold (90-day spend at or
/// above it) rather than by the row's bit, so a segment built right after a daily analysis follows the
/// new threshold before every profile has been refreshed; without a threshold nobody is a high spender.
/// Rising spend: the last 30 days' spend at least <c>risingRatio</c> times the 30 before, which must be
/// above zero.
/// </remarks>
public static class CustomerCriteria
{
    /// <summary>The rule for one criteria, worked out once so a pass over a million rows allocates nothing per row.</summary>
    public static Func<CustomerRow, bool> Predicate(TargetCriteria criteria, double risingRatio, decimal? highSpenderThreshold)
    {
        var bits = Bits(criteria);
        var wantsHighSpender = WantsHighSpender(criteria);
        var (category, city, rising, ratio) = (criteria.Category, criteria.City, criteria.RisingSpend, (decimal)risingRatio);
        return row => (row.Patterns & bits) == bits
            && (!wantsHighSpender || (highSpenderThreshold is { } threshold && row.Spend > 0 && row.Spend >= threshold))
            && (category is null || string.Equals(row.TopCategory, category, StringComparison.Ordinal))
            && (city is null || string.Equals(row.TopCity, city, StringComparison.Ordinal))
            && (!rising || (row.PriorSpend > 0 && row.RecentSpend >= ratio * row.PriorSpend));
    }

    /// <summary>The condition over <c>customer_profiles</c>, adding its parameters to <paramref name="command"/>.</summary>
    /// <remarks>Columns are unqualified, or qualified by <paramref name="alias"/>; parameter names start with <c>criteria_</c>.</remarks>
    public static string Sql(NpgsqlCommand command, TargetCriteria criteria, double risingRatio, decimal? highSpenderThreshold, string? alias = null)
    {
        var column = alias is null ? "" : alias + ".";
        var bits = Bits(criteria);
        command.Parameters.AddWithValue("criteria_bits", bits);
        var conditions = new List<string> { $"({column}patterns & @criteria_bits) = @criteria_bits" };
        if (WantsHighSpender(criteria))
        {
            if (highSpenderThreshold is { } threshold)
            {
                command.Parameters.AddWithValue("criteria_threshold", threshold);
                conditions.Add($"{column}spend > 0 AND {column}spend >= @criteria_threshold");
            }
            else
            {
                conditions.Add("false");
            }
        }

        if (criteria.Category is { } category)
        {
            command.Parameters.AddWithValue("criteria_category", category);
            conditions.Add($"{column}top_category = @criteria_category");
        }

        if (criteria.City is { } city)
        {
            command.Parameters.AddWithValue("criteria_city", city);
            conditions.Add($"{column}top_city = @criteria_city");
        }

        if (criteria.RisingSpend)
        {
            command.Parameters.AddWithValue("criteria_ratio", (decimal)risingRatio);
            conditions.Add($"{column}prior_spend > 0 AND {column}recent_spend >= @criteria_ratio * {column}prior_spend");
        }

        return string.Join(" AND ", conditions);
    }

    private static bool WantsHighSpender(TargetCriteria criteria) => criteria.Patterns.Contains(BehaviorPattern.HighSpender);

    /// <summary>The pattern bits a row must carry: every named pattern but high spender, which the threshold judges.</summary>
    private static int Bits(TargetCriteria criteria) =>
        PatternBits.Of(criteria.Patterns.Where(pattern => pattern != BehaviorPattern.HighSpender));
}
