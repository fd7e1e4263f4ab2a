namespace GrainMarketing.Automation;

/// <summary>A change a rule made for the platform, and where its push to the platform stands.</summary>
/// <remarks>
/// The newest value per target and field (a later change to the same field replaces an earlier one, pushed or not).
/// The account's write-back grain moves it along <see cref="PlatformChangeState"/>; a change that failed stays until
/// a newer one to the same field replaces it.
/// </remarks>
/// <param name="Field"><c>status</c> or <c>dailyBudget</c>.</param>
/// <param name="Reason">Why it failed or waits, in the platform's words where it gave any.</param>
/// <param name="Sent">What was (or, on a dry run, would have been) sent, in the platform's form: <c>daily_budget=1235</c>.</param>
/// <param name="RetryAt">When a change the platform (or its limit) asked to wait is tried again.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.PendingPlatformChange")]
public sealed record PendingPlatformChange(
    [property: Id(0)] string Target,
    [property: Id(1)] string Field,
    [property: Id(2)] string? From,
    [property: Id(3)] string To,
    [property: Id(4)] DateTimeOffset At,
    [property: Id(5)] Guid RuleId,
    [property: Id(6)] Guid FiringId,
    [property: Id(7)] PlatformChangeState State = PlatformChangeState.Pending,
    [property: Id(8)] string? Reason = null,
    [property: Id(9)] string? Sent = null,
    [property: Id(10)] DateTimeOffset? RetryAt = null,
    [property: Id(11)] DateTimeOffset? UpdatedAt = null)
{
    /// <summary>Whether <paramref name="other"/> is this same change (same firing, target and field) in another state.</summary>
    public bool SameChange(PendingPlatformChange other) => FiringId == other.FiringId && Target == other.Target && Field == other.Field;
}
