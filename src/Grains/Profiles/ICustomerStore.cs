namespace GrainMarketing.Profiles;

/// <summary>The customer table: every customer's summary row and every pattern entry and exit, the one source of segment membership.</summary>
/// <remarks>
/// The customer table (<c>customer_profiles</c>, <c>pattern_changes</c>): every customer's summary row and
/// every entry and exit, the one source of segment membership. Rows are absolute values, so writing one
/// again changes nothing.
/// </remarks>
public interface ICustomerStore
{
    /// <summary>Upserts the rows (the last of a customer's rows wins) and appends the changes not recorded yet, in one round trip.</summary>
    Task WriteAsync(IReadOnlyList<CustomerRow> rows, IReadOnlyList<PatternChangeRow> changes, CancellationToken cancellationToken);

    /// <summary>Up to <paramref name="limit"/> customers showing <paramref name="pattern"/>, in id order (ordinal) after <paramref name="after"/>.</summary>
    Task<IReadOnlyList<CustomerRow>> MembersAsync(string tenant, BehaviorPattern pattern, string? after, int limit, CancellationToken cancellationToken);

    /// <summary>Every customer of one shard (<see cref="SegmentShards"/>) showing <paramref name="pattern"/>, in no particular order.</summary>
    Task<IReadOnlyList<CustomerRow>> ShardAsync(string tenant, BehaviorPattern pattern, int shard, CancellationToken cancellationToken);

    /// <summary>Whether the customer has a row, which every customer gets with their first event.</summary>
    Task<bool> ContainsAsync(string tenant, string userId, CancellationToken cancellationToken);

    /// <summary>Recorded entries and exits, newest first.</summary>
    Task<PatternChangePage> ChangesAsync(string tenant, PatternChangeQuery query, CancellationToken cancellationToken);
}
