namespace GrainMarketing.Insights.Forecasts;

/// <summary>A campaign's spend today against the day's forecast and its daily budget, projected to the end of the tenant's day.</summary>
/// <param name="DayElapsed">Share of the day's usual spend that falls before now (from the intraday profile, else the clock).</param>
/// <param name="Profile">Where <paramref name="DayElapsed"/> comes from: <c>hourly</c> (the last week's hourly arrivals) or <c>clock</c>.</param>
/// <param name="Target">What the status is judged against: the daily budget when set, else the day's forecast.</param>
/// <param name="Rule">The status rule in words.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CampaignPacing")]
public sealed record CampaignPacing(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] string Currency,
    [property: Id(2)] double SpentSoFar,
    [property: Id(3)] decimal? DailyBudget,
    [property: Id(4)] ForecastDay DayForecast,
    [property: Id(5)] ForecastDay ProjectedEndOfDay,
    [property: Id(6)] double DayElapsed,
    [property: Id(7)] string Profile,
    [property: Id(8)] double Target,
    [property: Id(9)] PacingStatus Status,
    [property: Id(10)] string Rule,
    [property: Id(11)] DateTimeOffset At);
