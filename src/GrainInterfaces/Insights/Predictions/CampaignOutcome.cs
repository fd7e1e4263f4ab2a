namespace GrainMarketing.Insights.Predictions;

/// <summary>What the campaign-outcome models predict for one campaign-day.</summary>
public enum CampaignOutcome
{
    Impressions,
    Clicks,
    Conversions,
    ConversionValue,
}
