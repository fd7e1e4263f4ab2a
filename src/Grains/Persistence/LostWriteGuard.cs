using GrainMarketing.Errors;

namespace GrainMarketing.Persistence;

/// <summary>A grain's refusal to work on after a state write failed.</summary>
/// <remarks>Memory is then ahead of storage, so the grain deactivates and refuses every call until the next activation has reloaded what storage holds.</remarks>
public sealed class LostWriteGuard(string grain)
{
    public bool IsLost { get; private set; }

    /// <summary>Refuses the call with a <see cref="LostWriteException"/> once a write was lost.</summary>
    public void ThrowIfLost()
    {
        if (IsLost)
        {
            throw new LostWriteException(grain);
        }
    }

    /// <summary>Runs <paramref name="write"/>; if it fails, marks the write lost and calls <paramref name="deactivate"/> before rethrowing.</summary>
    public async Task WriteAsync(Func<Task> write, Action deactivate)
    {
        try
        {
            await write();
        }
        catch
        {
            IsLost = true;
            deactivate();
            throw;
        }
    }
}
