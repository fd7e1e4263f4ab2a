using System.Collections.Concurrent;

namespace GrainMarketing.Profiles;

/// <summary>
/// The Memory profile's <c>customer_profiles</c>: every tenant's customer rows for the silo's lifetime,
/// shared by the stores that read and write them (customers, campaign targets, analysis) as the
/// Postgres profile's stores share the table.
/// </summary>
public sealed class InMemoryCustomerTable
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, CustomerRow>> _tenants = new(StringComparer.Ordinal);

    public void Upsert(CustomerRow row) => Rows(row.Tenant)[row.UserId] = row;

    public CustomerRow? Find(string tenant, string userId) =>
        _tenants.TryGetValue(tenant, out var rows) ? rows.GetValueOrDefault(userId) : null;

    /// <summary>The tenant's rows now, in no particular order.</summary>
    public CustomerRow[] Snapshot(string tenant) =>
        _tenants.TryGetValue(tenant, out var rows) ? [.. rows.Values] : [];

    private ConcurrentDictionary<string, CustomerRow> Rows(string tenant) =>
        _tenants.GetOrAdd(tenant, _ => new ConcurrentDictionary<string, CustomerRow>(StringComparer.Ordinal));
}
