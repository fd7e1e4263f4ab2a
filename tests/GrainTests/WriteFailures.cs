using System.Collections.Concurrent;

namespace GrainMarketing.GrainTests;

/// <summary>The grains whose next storage write fails, once each, as a storage timeout under load would; shared by both silos.</summary>
public sealed class WriteFailures
{
    private readonly ConcurrentDictionary<GrainId, bool> _next = new();

    public void FailNextWrite(GrainId grain) => _next[grain] = true;

    public bool TakeFailure(GrainId grain) => _next.TryRemove(grain, out _);
}
