namespace GrainMarketing.Insights.Predictions;

/// <summary>Why a model was trained: someone asked (POST .../train), or the weekly reminder came.</summary>
public enum TrainingTrigger
{
    Manual,
    Weekly,
}
