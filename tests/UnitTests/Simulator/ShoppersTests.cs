using System.Globalization;
using System.Text.Json;
using GrainMarketing.Simulator;

namespace GrainMarketing.UnitTests.Simulator;

public sealed class ShoppersTests
{
    private static readonly DateTimeOffset Start = new(2026, 12, 7, 9, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Midnight = new(2026, 12, 7, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public void EachKindOfCustomerBuysTheWayItsSegmentNeeds()
    {
        var shoppers = new Shoppers(["sim-tenant-1"], 1000, 7, Start);

        var purchases = shoppers.History().Select(p => JsonSerializer.SerializeToElement(p.Record, JsonSerializerOptions.Web))
            .Select(r => (User: r.GetProperty("userId").GetString()!, At: DateTimeOffset.Parse(r.GetProperty("timestamp").GetString()!, CultureInfo.InvariantCulture),
                City: r.GetProperty("city").GetString()!))
            .ToLookup(p => p.User);
        List<(string User, DateTimeOffset At, string City)> Of(string kind) =>
            [.. shoppers.All.Where(s => s.Kind.Name == kind).SelectMany(s => purchases[s.Id])];

        Assert.All(ShopperKind.Shop, kind => Assert.Contains(shoppers.All, s => s.Kind == kind));
        Assert.All(Of("weekender"), p => Assert.True(p.At.DayOfWeek is DayOfWeek.Saturday or DayOfWeek.Sunday));
        Assert.All(Of("lapsed"), p => Assert.True(p.At < Start.AddDays(-30)));
        Assert.All(Of("newcomer"), p => Assert.True(p.At > Start.AddDays(-30)));
        Assert.All(shoppers.All.Where(s => s.Kind.Name == "regular"), s => Assert.Single(purchases[s.Id].Select(p => p.City).Distinct()));
        var regulars = shoppers.All.Where(s => s.Kind.Name == "regular").ToList();
        var lastFourWeeks = regulars.Average(s => purchases[s.Id].Count(p => p.At > Start.AddDays(-28))) / 4;
        Assert.InRange(lastFourWeeks, 2, 3);
        var holiday = Of("holiday shopper");
        Assert.True(holiday.Count(p => p.At > Start.AddDays(-30)) > 3 * holiday.Count(p => p.At < Start.AddDays(-60)));
        Assert.All(purchases.SelectMany(p => p), p => Assert.InRange(p.At, Midnight.AddDays(-Shoppers.HistoryDays), Start));
    }

    [Fact]
    public void LivePurchasesArriveAtTheCustomersRatesThroughTheDay()
    {
        var shoppers = new Shoppers(["sim-tenant-1"], 2000, 7, Start);
        var today = DateOnly.FromDateTime(Start.UtcDateTime);
        var perDay = shoppers.All.Sum(s => s.PerDay(today, today));

        var count = Enumerable.Range(0, 24 * 60).Sum(m => shoppers.Live(Midnight.AddMinutes(m + 1), TimeSpan.FromMinutes(1)).Count);

        Assert.InRange(count, 0.95 * perDay, 1.05 * perDay);
    }
}
