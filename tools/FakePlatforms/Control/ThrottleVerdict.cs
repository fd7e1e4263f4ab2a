namespace GrainMarketing.FakePlatforms.Control;

/// <summary>Whether a request is over its budget, how much of the minute's budget is used, and how long to wait.</summary>
public readonly record struct ThrottleVerdict(bool Throttled, int UsedPercent, int RetryAfterSeconds);
