namespace GrainMarketing.Insights.Forecasts;

/// <summary>The history a forecast was fitted on: its days (in the tenant's zone), those with data, and the days rules changed spend.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ForecastHistoryUsed")]
public sealed record ForecastHistoryUsed(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] int Days,
    [property: Id(3)] int DaysWithData,
    [property: Id(4)] IReadOnlyList<DateOnly> RuleChangeDays);
