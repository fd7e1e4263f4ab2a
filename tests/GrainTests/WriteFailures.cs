using System.Collections.Concurrent;

namespace GrainMarketing.GrainTests;

/// <summary>The grains whose next storage write fails, once each, as a storage timeout under load would; shared by both silos.</summary>
/// <remarks>A failure can name the state it is for: a grain with several states writes each apart.</remarks>
public sealed class WriteFailures
{
    private readonly ConcurrentDictionary<GrainId, string?> _next = new();

    public void FailNextWrite(GrainId grain, string? stateName = null) => _next[grain] = stateName;

    public bool TakeFailure(GrainId grain, string? stateName = null) =>
        _next.TryGetValue(grain, out var named) && (named is null || named == stateName) && _next.TryRemove(grain, out _);
}
