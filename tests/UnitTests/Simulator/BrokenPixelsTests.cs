using System.Text.Json;
using GrainMarketing.Insights.Anomalies;
using GrainMarketing.Metrics;
using GrainMarketing.Simulator;

namespace GrainMarketing.UnitTests.Simulator;

public sealed class BrokenPixelsTests
{
    private const double DefaultRate = 200;

    /// <summary>02:00 UTC: the demo tenants' quietest hours, where an outage takes longest to show.</summary>
    private static readonly DateTimeOffset NightStart = new(2026, 12, 7, 2, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TheDetectorFindsTheFirstBrokenPixelWithinFifteenMinutesOfANightStart()
    {
        var model = new TrafficModel(2, 6, 7, DefaultRate);
        var busiest = BrokenPixels.Busiest(model.Campaigns.Where(c => c.Tenant == "sim-tenant-1"));
        var pixels = new BrokenPixels(busiest, NightStart);
        var hours = new Dictionary<long, MetricTotals>();
        var state = new AnomalyWatchState();
        var watch = new AnomalyWatch(AnomalyLevel.Campaign, $"{busiest.Tenant}/{busiest.Platform}:{busiest.Id}", TimeZoneInfo.Utc);
        MetricTotals Hour(DateTimeOffset start) => hours.GetValueOrDefault(start.ToUnixTimeSeconds() / 3600);
        IReadOnlyList<AnomalyFinding> Arrive(DateTimeOffset at, MetricTotals batch)
        {
            var hour = at.ToUnixTimeSeconds() / 3600;
            hours[hour] = hours.GetValueOrDefault(hour) + batch;
            return watch.Observe(state, at, Hour, AnomalyTuning.Default);
        }

        Arrive(NightStart, Backfill(new MetricRecords(NightStart).History(busiest)));
        DateTimeOffset? found = null;
        var sequence = 0L;
        for (var at = NightStart.AddSeconds(1); at < NightStart.AddMinutes(20) && found is null; at = at.AddSeconds(1))
        {
            var events = Enumerable.Range(0, (int)Math.Round(DefaultRate * TrafficClock.Diurnal(at)))
                .Select(_ => pixels.Apply(model.NextEvent(at, sequence++), at))
                .Where(e => e.Campaign == busiest)
                .ToList();
            var batch = events.Aggregate(MetricTotals.Zero, (sum, e) => sum + new MetricTotals(e.Impressions, 0, e.Clicks, e.Spend, e.Conversions, e.ConversionValue));
            if (Arrive(at, batch).Any(f => f.Kind == AnomalyKind.BrokenPixel))
            {
                found = at;
            }
        }

        Assert.NotNull(found);
        Assert.InRange(found.Value - NightStart, BrokenPixels.FirstAfter, TimeSpan.FromMinutes(15));
    }

    [Fact]
    public void OnlyTheFirstOutagesCampaignBreaksInItsHalfHour()
    {
        var model = new TrafficModel(2, 6, 7, DefaultRate);
        var first = BrokenPixels.Busiest(model.Campaigns);
        var pixels = new BrokenPixels(first, NightStart);
        var during = NightStart + BrokenPixels.FirstAfter + TimeSpan.FromMinutes(1);

        Assert.True(pixels.IsBroken(first, during));
        Assert.False(pixels.IsBroken(first, NightStart.AddMinutes(1)));
        var after = NightStart + BrokenPixels.FirstAfter + BrokenPixels.FirstLasts;
        Assert.Equal(BrokenPixels.IsBrokenHour(first, after), pixels.IsBroken(first, after));
        Assert.All(model.Campaigns.Where(c => c != first), c => Assert.Equal(BrokenPixels.IsBrokenHour(c, during), pixels.IsBroken(c, during)));
    }

    private static MetricTotals Backfill(IEnumerable<object> records) => records
        .Select(r => JsonSerializer.SerializeToElement(r, JsonSerializerOptions.Web))
        .Aggregate(MetricTotals.Zero, (sum, r) => sum + new MetricTotals(
            r.GetProperty("impressions").GetInt64(), 0, r.GetProperty("clicks").GetInt64(), r.GetProperty("spend").GetDecimal(),
            r.GetProperty("conversions").GetDecimal(), r.GetProperty("conversionValue").GetDecimal()));
}
