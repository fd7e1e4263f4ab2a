namespace GrainMarketing.Insights.Predictions;

/// <summary>What the models are told about a campaign-day, past or planned.</summary>
/// <param name="Recent">The campaign's trailing rates; null for a planned campaign or a campaign's first days.</param>
public sealed record FeatureInput(
    string Platform,
    string? Objective,
    string? CreativeFormat,
    double Spend,
    AudienceMix Audience,
    RecentRates? Recent)
{
    public static FeatureInput Of(CampaignDay day, RecentRates? recent) =>
        new(day.Platform, day.Objective, day.CreativeFormat, day.Spend, day.Audience, recent);
}
