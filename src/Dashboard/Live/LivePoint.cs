namespace GrainMarketing.Dashboard.Live;

/// <summary>What one tick of the live feed added: spend and conversions since the tick before.</summary>
public sealed record LivePoint(DateTimeOffset At, double Spend, double Conversions);
