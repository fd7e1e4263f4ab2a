namespace GrainMarketing.Insights.Predictions;

/// <summary>A training run's model and the held-out days it was judged on, so another model can be judged on the same days.</summary>
public sealed record OutcomeTraining(TrainedOutcomeModel Model, IReadOnlyList<CampaignDay> HeldOut, IReadOnlyList<RecentRates?> HeldOutRecent);
