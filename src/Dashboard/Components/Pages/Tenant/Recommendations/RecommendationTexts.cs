using System.Globalization;
using System.Text.RegularExpressions;
using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;
using GrainMarketing.Dashboard.Insights;
using Microsoft.Kiota.Abstractions.Serialization;
using MudBlazor;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Recommendations;

/// <summary>A recommendation read aloud: its kind, status, evidence figures, expected impact, outcome and the API's refusals in a marketer's words.</summary>
public static partial class RecommendationTexts
{
    /// <summary>The API's name of a kind or status (<c>pauseCampaign</c>): the enum's name with a lower-case first letter.</summary>
    public static string ApiName<T>(T value) where T : struct, Enum
    {
        var name = value.ToString();
        return char.ToLowerInvariant(name[0]) + name[1..];
    }

    public static string Kind(RecommendationKind? kind) => kind switch
    {
        RecommendationKind.PauseCampaign => "Pause a campaign",
        RecommendationKind.PauseAdSet => "Pause an ad set",
        RecommendationKind.PauseCreative => "Pause a creative",
        RecommendationKind.TargetSegment => "Target a segment",
        RecommendationKind.ExcludeSegment => "Exclude a segment",
        RecommendationKind.RefreshCreative => "Refresh a creative",
        RecommendationKind.FixTracking => "Fix tracking",
        null => "Recommendation",
        _ => Words(kind.ToString()!),
    };

    public static string Status(RecommendationStatus? status) => status switch
    {
        null => "unknown",
        _ => Words(status.ToString()!).ToLowerInvariant(),
    };

    public static Color StatusColor(RecommendationStatus? status) => status switch
    {
        RecommendationStatus.Open => Color.Info,
        RecommendationStatus.Accepted => Color.Primary,
        RecommendationStatus.Applied => Color.Success,
        _ => Color.Default,
    };

    /// <summary>Open and accepted recommendations may still be applied or dismissed.</summary>
    public static bool IsActive(RecommendationStatus? status) => status is RecommendationStatus.Open or RecommendationStatus.Accepted;

    /// <summary>"+14.20 conversions a week (80%: 9.10 – 19.30)".</summary>
    public static string Impact(RecommendationImpact? impact) => impact is null
        ? Formats.None
        : $"{Intervals.Signed(impact.Value)} {Metric(impact.Metric)} a week (80%: {Intervals.Signed(impact.Lower80)} to {Intervals.Signed(impact.Upper80)})";

    /// <summary>The objective in words: <c>conversionValue</c> reads "in conversion value".</summary>
    public static string Metric(string? metric) => metric switch
    {
        null => "conversions",
        "conversionValue" => "in conversion value",
        _ => metric,
    };

    /// <summary>"97.3%"; above 99.9% it reads "&gt; 99.9%", since one minus a tiny p-value is not certainty.</summary>
    public static string Confidence(double? confidence) => confidence switch
    {
        null => Formats.None,
        > 0.999 => "> 99.9%",
        _ => confidence.Value.ToString("0.0%", CultureInfo.InvariantCulture),
    };

    /// <summary>A p-value as the evidence reads it: "p = 0.0123", or "p &lt; 0.0001".</summary>
    public static string P(string name, double? p) => p switch
    {
        null => $"{name} {Formats.None}",
        < 0.0001 => $"{name} < 0.0001",
        _ => $"{name} = {p.Value.ToString("0.####", CultureInfo.InvariantCulture)}",
    };

    /// <summary>The evidence's numbers by name, in the API's order: "ctr start" and "0.0241".</summary>
    public static IReadOnlyList<(string Name, string Value)> Figures(RecommendationEvidence? evidence) =>
        [.. (evidence?.Figures?.AdditionalData ?? new Dictionary<string, object>())
            .Select(figure => (Words(figure.Key).ToLowerInvariant(), Number(figure.Value)))];

    /// <summary>What was measured after the recommendation was applied, against what was expected.</summary>
    public static string Outcome(RecommendationOutcome outcome)
    {
        var rate = outcome.Expected?.Metric == "conversionValue" ? "conversion value" : "conversions";
        var measured = $"Over {Days(outcome.DaysAfter)} after {outcome.AppliedDay} against {Days(outcome.DaysBefore)} before, {rate} per unit of spend went from "
            + $"{Rate(outcome.RateBefore)} to {Rate(outcome.RateAfter)}: {Intervals.Signed(outcome.MeasuredWeeklyChange)} {Metric(outcome.Expected?.Metric)} a week, "
            + $"against the expected {Impact(outcome.Expected)}.";
        return $"{measured} {Verdict(outcome.Verdict)}";
    }

    public static string Verdict(string? verdict) => verdict switch
    {
        "measuring" => "Still measuring: the verdict needs a week of closed days.",
        "asExpected" => "As expected: within the 80% interval.",
        "belowExpected" => "Below expectation: under the 80% interval.",
        "aboveExpected" => "Above expectation: over the 80% interval.",
        _ => verdict ?? "",
    };

    /// <summary>Why the API refused <paramref name="action"/> (apply, accept, dismiss), without the recommendation's id that the page already shows.</summary>
    public static string Refusal(string action, ApiFailure failure)
    {
        var reason = RecommendationId().Replace(failure.Reason, "This recommendation");
        return failure.Status switch
        {
            StatusCodes.Status409Conflict => $"Not {Past(action)}: {reason}",
            StatusCodes.Status403Forbidden => $"Not {Past(action)}: your role in this tenant may not change recommendations.",
            _ => $"Could not {action} it: {reason}",
        };
    }

    private static string Past(string action) => action switch
    {
        "apply" => "applied",
        "accept" => "accepted",
        "dismiss" => "dismissed",
        _ => action + "ed",
    };

    private static string Days(int? days) => days == 1 ? "1 day" : $"{days ?? 0} days";

    private static string Rate(double? rate) => rate?.ToString("0.####", CultureInfo.InvariantCulture) ?? Formats.None;

    /// <summary>"slopeStandardError" → "slope Standard Error"; the caller lowers it where it reads mid-sentence.</summary>
    private static string Words(string name) => CamelHumps().Replace(char.ToUpperInvariant(name[0]) + name[1..], " $1");

    private static string Number(object? value) => value switch
    {
        UntypedInteger number => Number((double)number.GetValue()),
        UntypedLong number => Number((double)number.GetValue()),
        UntypedDouble number => Number(number.GetValue()),
        UntypedDecimal number => Number((double)number.GetValue()),
        UntypedFloat number => Number((double)number.GetValue()),
        int number => Number((double)number),
        long number => Number((double)number),
        decimal number => Number((double)number),
        double number => Number(number),
        _ => value?.ToString() ?? Formats.None,
    };

    private static string Number(double value) => value.ToString("#,0.####", CultureInfo.InvariantCulture);

    [GeneratedRegex(@"(?<=[a-z0-9])([A-Z])")]
    private static partial Regex CamelHumps();

    [GeneratedRegex(@"Recommendation '[0-9a-fA-F-]{36}'")]
    private static partial Regex RecommendationId();
}
