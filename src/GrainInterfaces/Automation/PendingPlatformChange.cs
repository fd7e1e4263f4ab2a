namespace GrainMarketing.Automation;

/// <summary>A change a rule made that the platform's connector still has to push.</summary>
/// <remarks>
/// The newest value per target and field (a later change to the same field replaces an unpushed earlier
/// one).
/// </remarks>
/// <param name="Field"><c>status</c> or <c>dailyBudget</c>.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.PendingPlatformChange")]
public sealed record PendingPlatformChange(
    [property: Id(0)] string Target,
    [property: Id(1)] string Field,
    [property: Id(2)] string? From,
    [property: Id(3)] string To,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] Guid RuleId,
    [property: Id(6)] Guid FiringId);
