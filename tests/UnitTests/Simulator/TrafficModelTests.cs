using System.Text.Json;
using GrainMarketing.Simulator;

namespace GrainMarketing.UnitTests.Simulator;

public sealed class TrafficModelTests
{
    private const int Seed = 7;
    private const double DefaultRate = 200;
    private static readonly DateOnly Today = new(2026, 12, 7);

    [Theory]
    [InlineData(20)]
    [InlineData(200)]
    [InlineData(1000)]
    public void ASimulatedDaySpendsEachCampaignsBudgetTimesItsDeliveryAtAnyRate(double rate)
    {
        var model = new TrafficModel(2, 6, Seed, rate);

        var spent = DailySpend(model, rate, events: 120_000);

        foreach (var campaign in model.Campaigns)
        {
            var usual = campaign.Budget * campaign.Kind.Delivery * campaign.Kind.Surge;
            Assert.InRange(spent[campaign], 0.95 * usual, 1.05 * usual);
            if (campaign.Kind is { Delivery: 1, Surge: 1 })
            {
                Assert.InRange(spent[campaign], 0.8 * campaign.Budget, 1.2 * campaign.Budget);
            }
        }
    }

    [Fact]
    public void BudgetsFollowTheRate()
    {
        var slow = new TrafficModel(2, 6, Seed, 20);
        var fast = new TrafficModel(2, 6, Seed, 200);

        foreach (var (a, b) in slow.Campaigns.Zip(fast.Campaigns))
        {
            Assert.InRange(b.Budget / a.Budget, 9.9, 10.1);
        }
    }

    [Fact]
    public void MostCampaignsSpendTheirBudgetAndTheOthersSayWhyNot()
    {
        var model = new TrafficModel(2, 6, Seed, DefaultRate);

        var off = model.Campaigns.Where(c => Math.Abs((c.SpendToday / c.Budget) - 1) > 0.1).ToList();

        Assert.InRange(off.Count, 1, model.Campaigns.Count / 3);
        Assert.All(off, c => Assert.False(string.IsNullOrWhiteSpace(c.Kind.Why)));
    }

    [Fact]
    public void HistorysLastTenDaysRunAtTodaysSpendAndCostPerConversion()
    {
        var model = new TrafficModel(2, 6, Seed, DefaultRate);

        foreach (var campaign in model.Campaigns.Where(c => c.Kind.Surge == 1))
        {
            var last = campaign.Response.History(Today.AddDays(-1), MetricRecords.HistoryDays).TakeLast(10).ToList();
            var spend = last.Sum(d => d.Spend);
            Assert.InRange(spend / 10, 0.95 * campaign.SpendToday, 1.05 * campaign.SpendToday);
            var weekdays = last.Average(d => DailyResponse.Weekday(d.Date));
            Assert.InRange(spend / last.Sum(d => d.Conversions) * weekdays, 0.9 * campaign.CostPerConversion, 1.1 * campaign.CostPerConversion);
        }
    }

    [Fact]
    public void LiveEventsConvertAtTheCampaignsCostPerConversion()
    {
        var model = new TrafficModel(2, 6, Seed, DefaultRate);
        var monday = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);

        var events = Enumerable.Range(0, 400_000).Select(i => model.NextEvent(monday, i)).ToList();

        // Conversions are rare (a few dozen per campaign in the sample), so the count is held to four Poisson deviations of what the cost per conversion expects.
        foreach (var campaign in model.Campaigns.Where(c => c.Kind.Surge == 1))
        {
            var own = events.Where(e => e.Campaign == campaign).ToList();
            var expected = (double)own.Sum(e => e.Spend) / campaign.CostPerConversion * DailyResponse.Weekday(DateOnly.FromDateTime(monday.UtcDateTime));
            Assert.InRange(own.Sum(e => e.Conversions), expected - (4 * Math.Sqrt(expected)), expected + (4 * Math.Sqrt(expected)));
        }
    }

    [Fact]
    public void BackfilledKpisLieInBelievableRanges()
    {
        var model = new TrafficModel(2, 6, Seed, DefaultRate);
        var records = new MetricRecords(new DateTimeOffset(Today.ToDateTime(new TimeOnly(9, 30)), TimeSpan.Zero));

        foreach (var tenant in model.Campaigns.GroupBy(c => c.Tenant))
        {
            foreach (var campaign in tenant)
            {
                AssertBelievable(Sums(records.History(campaign)), roasUpTo: 6);
            }

            AssertBelievable(Sums(tenant.SelectMany(records.History)), roasUpTo: 5);
        }
    }

    [Fact]
    public void LiveKpisLieInBelievableRanges()
    {
        var model = new TrafficModel(2, 6, Seed, DefaultRate);
        var now = new DateTimeOffset(2026, 12, 9, 20, 0, 0, TimeSpan.Zero);

        var events = Enumerable.Range(0, 150_000).Select(i => model.NextEvent(now, i)).ToList();

        foreach (var tenant in events.GroupBy(e => e.Campaign.Tenant))
        {
            AssertBelievable(
                (tenant.Sum(e => (double)e.Impressions), tenant.Sum(e => (double)e.Clicks), tenant.Sum(e => (double)e.Spend),
                    tenant.Sum(e => (double)e.Conversions), tenant.Sum(e => (double)e.ConversionValue)),
                roasUpTo: 5);
        }
    }

    [Fact]
    public void TheStartDayBackfillsTheShareOfTheDayBeforeTheStart()
    {
        var model = new TrafficModel(1, 6, Seed, DefaultRate);
        var start = new DateTimeOffset(2026, 12, 7, 14, 0, 0, TimeSpan.Zero);
        var campaign = model.Campaigns[0];

        var startDay = Parse(new MetricRecords(start).History(campaign)).Where(r => r.GetProperty("date").GetString() == "2026-12-07").ToList();

        Assert.Equal(campaign.Creatives.Count * DemoAudience.Segments.Count, startDay.Count);
        Assert.Equal(campaign.SpendToday * TrafficClock.ShareOfDayBefore(start), startDay.Sum(r => r.GetProperty("spend").GetDouble()), 0.01);
        // Less than 14/24 of the day's spend: the evening peak is still to come.
        Assert.InRange(TrafficClock.ShareOfDayBefore(start), 0.4, 14.0 / 24);
    }

    [Fact]
    public void TheDaysShareOfTrafficBeforeATimeIsTheDiurnalCurvesIntegral()
    {
        var midnight = new DateTimeOffset(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);
        var noon = midnight.AddHours(12);
        double Integral(double hours) => Enumerable.Range(0, (int)(hours * 600)).Sum(i => TrafficClock.Diurnal(midnight.AddHours((i + 0.5) / 600)) / 600);

        Assert.Equal(Integral(12) / Integral(24), TrafficClock.ShareOfDayBefore(noon), 4);
        Assert.Equal(Integral(24) / 24, TrafficClock.DayMean, 4);
        Assert.Equal(0, TrafficClock.ShareOfDayBefore(midnight), 9);
    }

    [Fact]
    public void YesterdayIsRestatedWithLateConversionsOnlyWhileItsBackfilledPartIsKnown()
    {
        var model = new TrafficModel(1, 6, Seed, DefaultRate);
        var start = new DateTimeOffset(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
        var records = new MetricRecords(start);
        var campaign = model.Campaigns[4];
        var backfilled = Sums(Parse(records.History(campaign)).Where(r => r.GetProperty("date").GetString() == "2026-12-06").Cast<object>());

        var morning = Sums(records.Restatement(campaign, start.AddMinutes(5)));
        var evening = Sums(records.Restatement(campaign, start.AddHours(12)));

        Assert.Equal(backfilled.Spend, evening.Spend, 6);
        Assert.Equal((backfilled.Impressions, backfilled.Clicks), (evening.Impressions, evening.Clicks));
        Assert.InRange(morning.Conversions, backfilled.Conversions, evening.Conversions);
        Assert.True(evening.Conversions > backfilled.Conversions);
        Assert.Empty(records.Restatement(campaign, start.AddDays(2)));
    }

    /// <summary>Each campaign's spend in a day at <paramref name="rate"/>, from a sample of events scaled to the day's count.</summary>
    private static Dictionary<Campaign, double> DailySpend(TrafficModel model, double rate, int events)
    {
        var now = new DateTimeOffset(2026, 12, 7, 12, 0, 0, TimeSpan.Zero);
        var perDay = rate * 86400 * TrafficClock.DayMean;
        return Enumerable.Range(0, events).Select(i => model.NextEvent(now, i))
            .GroupBy(e => e.Campaign)
            .ToDictionary(g => g.Key, g => (double)g.Sum(e => e.Spend) / events * perDay);
    }

    private static (double Impressions, double Clicks, double Spend, double Conversions, double Value) Sums(IEnumerable<object> records)
    {
        var parsed = Parse(records).ToList();
        double Sum(string name) => parsed.Sum(r => r.GetProperty(name).GetDouble());
        return (Sum("impressions"), Sum("clicks"), Sum("spend"), Sum("conversions"), Sum("conversionValue"));
    }

    /// <summary>Issue 17's ranges: CTR 0.5-3%, conversion rate 1-5% of clicks, ROAS 1.5 to <paramref name="roasUpTo"/>, CPA 5-100 for a shop.</summary>
    private static void AssertBelievable((double Impressions, double Clicks, double Spend, double Conversions, double Value) sums, double roasUpTo)
    {
        Assert.InRange(sums.Clicks / sums.Impressions, 0.005, 0.03);
        Assert.InRange(sums.Conversions / sums.Clicks, 0.01, 0.05);
        Assert.InRange(sums.Value / sums.Spend, 1.5, roasUpTo);
        Assert.InRange(sums.Spend / sums.Conversions, 5, 100);
    }

    private static IEnumerable<JsonElement> Parse(IEnumerable<object> records) =>
        records.Select(r => JsonSerializer.SerializeToElement(r, JsonSerializerOptions.Web));
}
