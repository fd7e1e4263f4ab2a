using GrainMarketing.Insights.Budget;

namespace GrainMarketing.ApiHost.Insights;

/// <summary>A campaign's response curves as the API answers them: money in the campaign's own currency (none named: the tenant's), the campaign by its API id.</summary>
public sealed record ResponseCurveResponse(
    string Campaign,
    string Currency,
    DateOnly From,
    DateOnly To,
    double CurrentDailySpend,
    string CurrentSpendSource,
    Estimate? MarginalRoas,
    Estimate? MarginalCpa,
    ResponseCurve? Conversions,
    ResponseCurve? ConversionValue,
    IReadOnlyDictionary<string, string> Unfitted,
    DateTimeOffset FittedAt,
    string Method);
