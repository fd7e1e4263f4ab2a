using System.Collections.Concurrent;

namespace GrainMarketing.ApiHost.Audit;

/// <summary>The Memory profile's trail: the newest <see cref="Capacity"/> entries, for the API host's lifetime.</summary>
public sealed class InMemoryAuditLog : IAuditLog
{
    public const int Capacity = 10_000;

    private readonly ConcurrentQueue<AuditEntry> _entries = new();

    public IReadOnlyList<AuditEntry> Entries => [.. _entries];

    public Task RecordAsync(AuditEntry entry, CancellationToken cancellationToken)
    {
        _entries.Enqueue(entry);
        while (_entries.Count > Capacity && _entries.TryDequeue(out _))
        {
        }

        return Task.CompletedTask;
    }
}
