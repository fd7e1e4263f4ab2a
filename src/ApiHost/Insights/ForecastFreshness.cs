namespace GrainMarketing.ApiHost.Insights;

/// <summary>How fresh a forecast is: the last closed day it saw, when it was fitted, and whether a newer day is being fitted now.</summary>
public sealed record ForecastFreshness(DateOnly DataThrough, DateTimeOffset FittedAt, bool Stale);
