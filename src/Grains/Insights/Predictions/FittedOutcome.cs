namespace GrainMarketing.Insights.Predictions;

/// <summary>One outcome's trained regressor with its calibration and feature importance.</summary>
public sealed record FittedOutcome(OutcomeRegressor Regressor, OutcomeCalibration Calibration, OutcomeImportance Importance);
