using GrainMarketing.Currencies;

namespace GrainMarketing.Insights.Forecasts;

/// <summary>The history a forecast was fitted on: its days (in the tenant's zone), those with data, and the days rules changed spend.</summary>
/// <param name="DaysWithData">Days with data whose money is all in the answer's currency; a day in <paramref name="Unconverted"/> is not one.</param>
/// <param name="Unconverted">Per currency, the days whose money in it had no rate: the fit read them as missing, not as the day's whole (nor zero).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ForecastHistoryUsed")]
public sealed record ForecastHistoryUsed(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] int Days,
    [property: Id(3)] int DaysWithData,
    [property: Id(4)] IReadOnlyList<DateOnly> RuleChangeDays,
    [property: Id(5)] IReadOnlyList<UnconvertedMoney> Unconverted);
