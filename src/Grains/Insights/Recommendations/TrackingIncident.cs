namespace GrainMarketing.Insights.Recommendations;

/// <summary>An open anomaly that says a campaign's conversions stopped while it kept spending.</summary>
/// <param name="Campaign">The API's campaign id, <c>meta:916</c>.</param>
/// <param name="Score">The anomaly's score as an equivalent normal deviate.</param>
public sealed record TrackingIncident(string Campaign, Guid Anomaly, DateTimeOffset Hour, double Expected, double Score, string Evidence);
