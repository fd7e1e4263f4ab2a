namespace GrainMarketing.Insights.Recommendations;

/// <summary>Finds fatigued creatives; an interface of its own so the creative-insight fatigue score can replace <see cref="CtrTrendFatigueDetector"/>.</summary>
public interface ICreativeFatigueDetector : IRecommendationDetector;
