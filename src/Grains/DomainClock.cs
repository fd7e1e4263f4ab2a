namespace GrainMarketing;

/// <summary>The clock business logic reads, registered as a keyed <see cref="TimeProvider"/>.</summary>
/// <remarks>
/// Separate from the unkeyed one Orleans itself uses for timeouts and membership, so tests can move
/// business time with a fake clock without freezing the runtime.
/// </remarks>
public static class DomainClock
{
    public const string Key = "domain";
}
