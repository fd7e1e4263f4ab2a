using System.Globalization;

namespace GrainMarketing.Simulator;

/// <summary>
/// The metric records the simulator sends: live deltas, and whole-day snapshots on each campaign's response curve
/// for the days before it started (the part of the start day before the start included), so a day's total is the
/// same whether it was backfilled, lived or both.
/// </summary>
/// <remarks>
/// A backfilled day comes as the platforms report one by ad and age × gender (<see cref="HistoryCells"/>). Its
/// snapshots carry no country, so they sit in cells of their own, apart from the live deltas, and replace themselves
/// when sent again; a restart therefore backfills its start day up to the new start, over the deltas the run before
/// sent for that part of the day (those count twice; the Memory profile starts empty and never shows it).
/// </remarks>
public sealed class MetricRecords(DateTimeOffset started)
{
    /// <summary>Days of history before the start day: the oldest falls inside the API's 90-day ingest window.</summary>
    public const int HistoryDays = 88;

    /// <summary>Conversions reported late for a day (platforms' attribution windows): yesterday grows by up to this share during today.</summary>
    public const double LateConversions = 0.03;

    /// <summary>How often yesterday is restated.</summary>
    public static readonly TimeSpan RestatementPeriod = TimeSpan.FromMinutes(5);

    private readonly DateOnly _startDay = DateOnly.FromDateTime(started.UtcDateTime);

    /// <summary>The campaign's whole-day history up to the day before the start, then the start day up to the start, cell by cell.</summary>
    public IEnumerable<object> History(Campaign campaign) =>
        campaign.Response.History(_startDay.AddDays(-1), HistoryDays)
            .Append(StartDay(campaign))
            .SelectMany(day => HistoryCells.Of(campaign, day.Date, day.Spend, (int)day.Conversions, 0, _startDay));

    /// <summary>Platforms restate yesterday: its backfilled cells again, with the conversions reported late since; none when the simulator lived all of yesterday (or it is older than the history).</summary>
    public IReadOnlyList<object> Restatement(Campaign campaign, DateTimeOffset now)
    {
        var yesterday = DateOnly.FromDateTime(now.UtcDateTime).AddDays(-1);
        if (yesterday > _startDay || yesterday < _startDay.AddDays(-HistoryDays))
        {
            return [];
        }

        var day = yesterday == _startDay ? StartDay(campaign) : campaign.Response.History(_startDay.AddDays(-1), HistoryDays).First(d => d.Date == yesterday);
        var late = (int)Math.Round(day.Conversions * LateConversions * TrafficClock.ShareOfDayBefore(now));
        return [.. HistoryCells.Of(campaign, day.Date, day.Spend, (int)day.Conversions, late, _startDay)];
    }

    /// <summary>One live event as a delta record; the campaign's name, objective and budget are set through the campaign API instead.</summary>
    public static object Delta(Event e) => new
    {
        platform = e.Campaign.Platform,
        campaignId = e.Campaign.Id,
        adId = e.AdId,
        date = e.Date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
        age = e.Age,
        gender = e.Gender,
        country = e.Country,
        impressions = e.Impressions,
        clicks = e.Clicks,
        spend = e.Spend,
        conversions = e.Conversions,
        conversionValue = e.ConversionValue,
        kind = "delta",
        eventId = e.EventId,
    };

    /// <summary>The start day before the start: today's traffic for that share of the day's spend, converting as today does.</summary>
    private (DateOnly Date, double Spend, double Conversions) StartDay(Campaign campaign)
    {
        var spend = Math.Round(campaign.SpendToday * TrafficClock.ShareOfDayBefore(started), 2);
        var conversions = spend / campaign.CostPerConversion * campaign.ConversionScale * DailyResponse.Weekday(_startDay);
        return (_startDay, spend, Math.Round(conversions));
    }
}
