namespace GrainMarketing.Insights.Recommendations;

/// <summary>What happened after a recommendation was applied: the tenant's conversions per week at its spend, before and after, against the expectation.</summary>
/// <param name="DaysBefore">Closed days before the apply day that the baseline covers.</param>
/// <param name="DaysAfter">Closed days after the apply day measured so far.</param>
/// <param name="RateBefore">Conversions per unit of spend over the days before.</param>
/// <param name="RateAfter">Conversions per unit of spend over the days after.</param>
/// <param name="MeasuredWeeklyChange">(rate after − rate before) × the weekly spend after: conversions per week gained; for a raised budget (<c>scaleCampaign</c>), conversions per week after − before.</param>
/// <param name="Verdict"><c>measuring</c> until a week has passed, then <c>asExpected</c>, <c>belowExpected</c> or <c>aboveExpected</c> against the 80% interval.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.RecommendationOutcome")]
public sealed record RecommendationOutcome(
    [property: Id(0)] DateOnly AppliedDay,
    [property: Id(1)] int DaysBefore,
    [property: Id(2)] int DaysAfter,
    [property: Id(3)] double RateBefore,
    [property: Id(4)] double RateAfter,
    [property: Id(5)] double MeasuredWeeklyChange,
    [property: Id(6)] RecommendationImpact Expected,
    [property: Id(7)] string Verdict,
    [property: Id(8)] DateTimeOffset MeasuredAt);
