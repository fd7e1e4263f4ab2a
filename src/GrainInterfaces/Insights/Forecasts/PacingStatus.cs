namespace GrainMarketing.Insights.Forecasts;

/// <summary>Where a campaign's projected end-of-day spend lands against its target.</summary>
public enum PacingStatus
{
    OnTrack,
    Under,
    Over,
}
