using GrainMarketing.ApiHost.Hosting;

namespace GrainMarketing.ApiHost.Insights.Recommendations;

/// <summary>The body of <c>POST .../recommendations/{id}/dismiss</c>: <c>{"reason": "..."}</c>.</summary>
public sealed record DismissRecommendationRequest(string? Reason)
{
    public const int MaxReasonLength = 500;

    /// <summary>The reason, trimmed; a 400 naming <c>reason</c> when it is missing, blank or longer than 500 characters.</summary>
    public string ToReason() => Reason?.Trim() is { Length: > 0 and <= MaxReasonLength } reason
        ? reason
        : throw ValidationErrors.Refusal("reason", $"Say why, in 1-{MaxReasonLength} characters.");
}
