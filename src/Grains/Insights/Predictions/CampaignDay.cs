namespace GrainMarketing.Insights.Predictions;

/// <summary>One campaign's numbers on one day with what the campaign was: a row the campaign-outcome models learn from.</summary>
/// <param name="Campaign">The campaign's id within the tenant (platform:id), so its days can be told apart from other campaigns'.</param>
/// <param name="Audience">Who the campaign's impressions reached, as shares per dimension.</param>
public sealed record CampaignDay(
    string Campaign,
    string Platform,
    string? Objective,
    string? CreativeFormat,
    DateOnly Date,
    AudienceMix Audience,
    double Impressions,
    double Clicks,
    double Spend,
    double Conversions,
    double ConversionValue)
{
    /// <summary>The day's value of <paramref name="outcome"/>.</summary>
    public double Outcome(CampaignOutcome outcome) => outcome switch
    {
        CampaignOutcome.Impressions => Impressions,
        CampaignOutcome.Clicks => Clicks,
        CampaignOutcome.Conversions => Conversions,
        CampaignOutcome.ConversionValue => ConversionValue,
        _ => throw new ArgumentOutOfRangeException(nameof(outcome)),
    };
}
