using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Insights.Anomalies;

namespace GrainMarketing.ApiHost.Insights.Anomalies;

/// <summary>The body of <c>POST .../anomalies/{id}/feedback</c>: <c>{"verdict": "real" | "false-positive"}</c>.</summary>
public sealed record AnomalyFeedbackRequest(string? Verdict)
{
    /// <summary>The verdict; a 400 naming <c>verdict</c> when it is missing or unknown.</summary>
    public AnomalyVerdict ToVerdict() => Verdict?.Trim().ToLowerInvariant() switch
    {
        "real" => AnomalyVerdict.Real,
        "false-positive" or "falsepositive" => AnomalyVerdict.FalsePositive,
        _ => throw ValidationErrors.Refusal("verdict", "Must be real or false-positive."),
    };
}
