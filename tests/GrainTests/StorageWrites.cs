using System.Collections.Concurrent;

namespace GrainMarketing.GrainTests;

/// <summary>The writes to the default grain storage that succeeded, per grain; shared by both silos.</summary>
public sealed class StorageWrites
{
    private readonly ConcurrentDictionary<GrainId, int> _writes = new();

    public void Record(GrainId grain) => _writes.AddOrUpdate(grain, 1, (_, writes) => writes + 1);

    /// <summary>How many of <paramref name="grain"/>'s writes succeeded.</summary>
    public int Of(GrainId grain) => _writes.GetValueOrDefault(grain);
}
