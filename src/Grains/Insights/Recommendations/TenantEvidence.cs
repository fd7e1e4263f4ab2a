namespace GrainMarketing.Insights.Recommendations;

/// <summary>Everything one run of the detectors reads: the tenant's campaigns over the closed days <see cref="From"/>-<see cref="To"/>, and its open broken-pixel anomalies.</summary>
/// <param name="BrokenTracking">Campaign ids with an open anomaly saying conversions stopped while spend went on, with the anomaly's evidence.</param>
/// <param name="Currency">The one currency other than the tenant's that every campaign here spends in, once <see cref="ByCurrency"/> split them; null: the tenant's, or not split.</param>
public sealed record TenantEvidence(
    DateOnly From,
    DateOnly To,
    IReadOnlyList<CampaignEvidence> Campaigns,
    IReadOnlyList<TrackingIncident> BrokenTracking,
    string? Currency = null)
{
    public int Days => To.DayNumber - From.DayNumber + 1;

    /// <summary>The campaigns of each currency apart, the tenant's first: a cost, a rate per unit of spend or a budget compares only in one currency.</summary>
    public IEnumerable<TenantEvidence> ByCurrency() =>
        Campaigns.GroupBy(c => c.Currency).OrderBy(g => g.Key is not null).ThenBy(g => g.Key, StringComparer.Ordinal)
            .Select(g => this with { Campaigns = [.. g], Currency = g.Key });
}
