using System.Globalization;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Errors;
using GrainMarketing.Insights.Recommendations;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Insights.Recommendations;

/// <summary>The query string of <c>GET /api/v1/tenants/{tenant}/recommendations</c> as sent.</summary>
/// <remarks>Values are read as text so that every bad one is named at once; an empty value counts as absent.</remarks>
public sealed class RecommendationQueryString
{
    private const string Kinds = "pauseCampaign, targetSegment, excludeSegment, refreshCreative, fixTracking, scaleCampaign, shiftBudget, daypart, pauseAdSet or pauseCreative";
    private const string Statuses = "open, accepted, dismissed, applied or expired";

    /// <summary>Recommendations of this kind: pauseCampaign, targetSegment, excludeSegment, refreshCreative, fixTracking, scaleCampaign, shiftBudget, daypart, pauseAdSet or pauseCreative.</summary>
    [FromQuery(Name = "kind")]
    public string? Kind { get; set; }

    /// <summary>Recommendations in this state: open, accepted, dismissed, applied or expired.</summary>
    [FromQuery(Name = "status")]
    public string? Status { get; set; }

    /// <summary>Recommendations about this target (meta:916, meta:916/creative/77, age=25-34|gender=female) or acting on this campaign.</summary>
    [FromQuery(Name = "target")]
    public string? Target { get; set; }

    /// <summary>Only recommendations at least this confident, 0-1.</summary>
    [FromQuery(Name = "minConfidence")]
    public string? MinConfidence { get; set; }

    /// <summary>Items per page, 1-500 (50 when absent).</summary>
    [FromQuery(Name = "limit")]
    public string? Limit { get; set; }

    /// <summary>The <c>next</c> of the previous page.</summary>
    [FromQuery(Name = "after")]
    public string? After { get; set; }

    /// <summary>The query; a <see cref="ValidationFailedException"/> naming every bad value otherwise.</summary>
    public RecommendationQuery ToQuery()
    {
        var errors = new ValidationErrors();
        var kind = QueryValues.Named<RecommendationKind>(Kind, "kind", Kinds, errors);
        var status = QueryValues.Named<RecommendationStatus>(Status, "status", Statuses, errors);
        double? confidence = null;
        if (QueryValues.Given(MinConfidence) is { } text)
        {
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) && value is >= 0 and <= 1)
            {
                confidence = value;
            }
            else
            {
                errors.Add("minConfidence", "Must be a number from 0 to 1.");
            }
        }

        var limit = QueryValues.Limit(Limit, RecommendationQuery.DefaultLimit, RecommendationQuery.MaxLimit, errors);
        long? after = null;
        if (QueryValues.Given(After) is { } cursor)
        {
            if (long.TryParse(cursor, NumberStyles.None, CultureInfo.InvariantCulture, out var skipped) && skipped > 0)
            {
                after = skipped;
            }
            else
            {
                errors.Add("after", "Must be a positive whole number: the next of a previous page.");
            }
        }

        errors.ThrowIfAny();
        return new RecommendationQuery { Kind = kind, Status = status, Target = QueryValues.Given(Target), MinConfidence = confidence, Limit = limit, After = after };
    }
}
