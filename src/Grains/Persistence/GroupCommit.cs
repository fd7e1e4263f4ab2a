namespace GrainMarketing.Persistence;

/// <summary>Group commit for a reentrant grain's state: callers that changed it while a write ran share the next write.</summary>
/// <remarks>
/// Callers that changed the state while a write was running share the one write that starts when it ends,
/// so a grain fed by many senders writes at most twice per write duration instead of once per call. Every
/// caller's task completes only when a write that started after its change has completed. Used from the
/// grain's own turns only.
/// </remarks>
public sealed class GroupCommit(Func<Task> write)
{
    private Task? _running;
    private Task? _next;

    /// <summary>Persists every change made before this call.</summary>
    public Task CommitAsync()
    {
        if (_next is not null)
        {
            return _next;
        }

        if (_running is null || _running.IsCompleted)
        {
            return _running = write();
        }

        return _next = WriteAfterAsync(_running);
    }

    private async Task WriteAfterAsync(Task running)
    {
        await Task.WhenAny(running);
        _next = null;
        _running = write();
        await _running;
    }
}
