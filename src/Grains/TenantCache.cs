using System.Collections.Concurrent;

namespace GrainMarketing;

/// <summary>A silo's copy of one value per tenant, so grains that need it every turn do not call the grain that owns it each time.</summary>
/// <remarks>
/// An entry is fetched when missing, older than the duration, or failed; it can be replaced (a newer value
/// handed in) or dropped (its owner changed it on this silo).
/// </remarks>
public sealed class TenantCache<T>(Func<string, Task<T>> fetch, Func<TimeSpan> duration)
{
    private readonly ConcurrentDictionary<string, (long Expires, Task<T> Value)> _entries = new(StringComparer.Ordinal);

    public Task<T> GetAsync(string tenant)
    {
        if (_entries.TryGetValue(tenant, out var entry) && entry.Expires > Environment.TickCount64 && !entry.Value.IsFaulted)
        {
            return entry.Value;
        }

        var fetched = fetch(tenant);
        _entries[tenant] = (Expiry(), fetched);
        return fetched;
    }

    public void Set(string tenant, T value) => _entries[tenant] = (Expiry(), Task.FromResult(value));

    public void Invalidate(string tenant) => _entries.TryRemove(tenant, out _);

    private long Expiry() => Environment.TickCount64 + (long)duration().TotalMilliseconds;
}
