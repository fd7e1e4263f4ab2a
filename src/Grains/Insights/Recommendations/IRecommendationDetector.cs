namespace GrainMarketing.Insights.Recommendations;

/// <summary>One kind of recommendation: reads a tenant's evidence and says what it found, each finding backed by a significance test.</summary>
public interface IRecommendationDetector
{
    /// <summary>Whether it compares campaigns' money with each other's (costs, returns per unit of spend, budgets): then it judges one currency's campaigns at a time.</summary>
    bool ComparesCampaigns => false;

    DetectorRun Detect(TenantEvidence tenant);
}
