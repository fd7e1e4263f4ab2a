namespace GrainMarketing.Profiles;

/// <summary>An entry or exit as a profile hands it to the customer table, numbered so a change written again is recorded once.</summary>
/// <remarks>
/// An entry or exit as a profile hands it to the customer table: <see cref="Sequence"/> numbers the
/// customer's changes (1, 2, …), so a change written again (a retried write, a journal replay from an older
/// checkpoint) is recorded once.
/// </remarks>
public sealed record PatternChangeRow(
    string Tenant,
    string UserId,
    long Sequence,
    BehaviorPattern Pattern,
    bool Entered,
    DateTimeOffset At);
