namespace GrainMarketing.Profiles;

/// <summary>A customer's row in the customer table from their profile, and what the row adds to a segment.</summary>
public static class CustomerRows
{
    /// <summary>The row for the customer's metrics and patterns now; null before their first purchase (a row needs first and last seen).</summary>
    public static CustomerRow? Of(UserKey user, ProfileMetrics metrics, IEnumerable<BehaviorPattern> patterns, DateTimeOffset now) =>
        metrics is { FirstSeen: { } first, LastSeen: { } last }
            ? new CustomerRow(user.Tenant, user.UserId, PatternBits.Of(patterns), metrics.Spend, metrics.Transactions,
                metrics.RecentSpend, metrics.PriorSpend, first, last, metrics.TopCategory, metrics.TopLocation, now)
            : null;

    public static SegmentContribution Contribution(CustomerRow row) => new(row.Spend, row.RecentSpend, row.PriorSpend);

    /// <summary>True when the rows hold the same values, whenever each was taken.</summary>
    public static bool SameFigures(CustomerRow row, CustomerRow? other) =>
        other is not null && row == other with { UpdatedAt = row.UpdatedAt };
}
