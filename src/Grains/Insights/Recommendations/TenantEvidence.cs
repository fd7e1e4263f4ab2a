namespace GrainMarketing.Insights.Recommendations;

/// <summary>Everything one run of the detectors reads: the tenant's campaigns over the closed days <see cref="From"/>-<see cref="To"/>, and its open broken-pixel anomalies.</summary>
/// <param name="BrokenTracking">Campaign ids with an open anomaly saying conversions stopped while spend went on, with the anomaly's evidence.</param>
public sealed record TenantEvidence(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<CampaignEvidence> Campaigns,
    IReadOnlyList<TrackingIncident> BrokenTracking)
{
    public int Days => To.DayNumber - From.DayNumber + 1;
}
