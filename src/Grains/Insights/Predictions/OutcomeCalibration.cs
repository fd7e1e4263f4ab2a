namespace GrainMarketing.Insights.Predictions;

/// <summary>What a saved outcome model needs beside its trees: its conformal quantile and its held-out metrics, which every prediction repeats as evidence.</summary>
public sealed record OutcomeCalibration(CampaignOutcome Outcome, double Quantile80, OutcomeMetrics Metrics);
