using System.Collections.Concurrent;

namespace GrainMarketing.Profiles;

/// <summary>The Memory profile's <c>customer_profiles</c>: every tenant's customer rows for the silo's lifetime.</summary>
/// <remarks>
/// Every tenant's customer rows for the silo's lifetime, shared by the stores that read and write them
/// (customers, campaign targets, analysis) as the Postgres profile's stores share the table.
/// </remarks>
public sealed class InMemoryCustomerTable
{
    private readonly ConcurrentDictionary<string, ConcurrentDictionary<string, CustomerRow>> _tenants = new(StringComparer.Ordinal);

    public void Upsert(CustomerRow row) => Rows(row.Tenant)[row.UserId] = row;

    public CustomerRow? Find(string tenant, string userId) =>
        _tenants.TryGetValue(tenant, out var rows) ? rows.GetValueOrDefault(userId) : null;

    /// <summary>The tenant's rows now, in no particular order.</summary>
    /// <remarks>
    /// Enumerated without locking the table and copied once into a list sized to the table, since a million
    /// rows copied twice is garbage on the large-object heap.
    /// </remarks>
    public IReadOnlyList<CustomerRow> Snapshot(string tenant)
    {
        if (!_tenants.TryGetValue(tenant, out var rows))
        {
            return [];
        }

        var snapshot = new List<CustomerRow>(rows.Count);
        foreach (var (_, row) in rows)
        {
            snapshot.Add(row);
        }

        return snapshot;
    }

    private ConcurrentDictionary<string, CustomerRow> Rows(string tenant) =>
        _tenants.GetOrAdd(tenant, _ => new ConcurrentDictionary<string, CustomerRow>(StringComparer.Ordinal));
}
