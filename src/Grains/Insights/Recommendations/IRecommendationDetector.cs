namespace GrainMarketing.Insights.Recommendations;

/// <summary>One kind of recommendation: reads a tenant's evidence and says what it found, each finding backed by a significance test.</summary>
public interface IRecommendationDetector
{
    DetectorRun Detect(TenantEvidence tenant);
}
