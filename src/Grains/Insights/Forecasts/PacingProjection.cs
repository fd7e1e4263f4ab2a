using GrainMarketing.Tenants;

namespace GrainMarketing.Insights.Forecasts;

/// <summary>Projects a campaign's end-of-day spend from what it spent so far, its usual intraday profile and the day's forecast, and judges the pace.</summary>
/// <remarks>
/// s is the share of a usual day's spend that falls before now: from the last six whole days of hourly arrivals
/// in the tenant's zone when they hold spend, else the share of the day gone by. The projection blends the day
/// at the current rate (spent / s) with the forecast, trusting the rate by s, for the rest of the day:
/// spent + (1 - s)(spent + (1 - s) forecast); on pace it equals the forecast. Its intervals are the forecast's,
/// narrowed by the share of the day still to come (1 - s).
/// </remarks>
public static class PacingProjection
{
    public const string Rule =
        "over when the projected end-of-day spend's 80% interval lies wholly above the target, under when it lies wholly below 90% of the target, onTrack otherwise; the target is the daily budget, else the day's spend forecast";

    /// <summary>The share of a usual day's spend before <paramref name="now"/>, and where it came from.</summary>
    public static (double Elapsed, string Profile) ElapsedShare(DateTimeOffset now, TimeZoneInfo zone, IEnumerable<(DateTimeOffset Start, double Spend)> hours)
    {
        var local = TimeZoneInfo.ConvertTime(now, zone);
        var today = DateOnly.FromDateTime(local.DateTime);
        var timeOfDay = local.TimeOfDay.TotalHours;
        double before = 0, total = 0;
        foreach (var (start, spend) in hours)
        {
            var bucket = TimeZoneInfo.ConvertTime(start, zone);
            var day = DateOnly.FromDateTime(bucket.DateTime);
            if (day >= today || day < today.AddDays(-6))
            {
                continue;
            }

            total += spend;
            before += spend * Math.Clamp(timeOfDay - bucket.TimeOfDay.TotalHours, 0, 1);
        }

        return total > 0 ? (before / total, "hourly") : (timeOfDay / 24, "clock");
    }

    public static CampaignPacing Project(
        DateTimeOffset now, TimeZoneInfo zone, string currency, double spent, decimal? budget, ForecastDay forecast, (double Elapsed, string Profile) share)
    {
        var s = share.Elapsed;
        var dayForecast = forecast.Value ?? 0;
        var projected = spent + (1 - s) * (spent + (1 - s) * dayForecast);
        double? Bound(double? edge) => edge is { } e ? Math.Max(spent, projected + (1 - s) * (e - dayForecast)) : null;
        var end = new ForecastDay(forecast.Date, projected, Bound(forecast.Lower80), Bound(forecast.Upper80), Bound(forecast.Lower95), Bound(forecast.Upper95));
        var target = budget is { } b ? (double)b : dayForecast;
        var status = end.Lower80 > target ? PacingStatus.Over : end.Upper80 < 0.9 * target ? PacingStatus.Under : PacingStatus.OnTrack;
        return new CampaignPacing(DailySchedule.LocalDate(now, zone), currency, spent, budget, forecast, end, s, share.Profile, target, status, Rule, now);
    }
}
