using GrainMarketing.ApiHost.Ingestion.UserEvents;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Ingestion.UserEvents;

public sealed class TransactionRecordMapperTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    private static readonly TransactionRecord Valid = new("u-1", null, 12.5m, "eur", "2026-11-20T10:00:00+01:00",
        Merchant: "  Corner Café ", Category: " Groceries", City: "Lyon", Latitude: 45.76, Longitude: 4.84, Channel: "store");

    [Fact]
    public void ValidRecordsBecomeOneBatchPerCustomerInRequestOrder()
    {
        var errors = RecordErrors.ForItems();
        var batches = TransactionRecordMapper.ToBatches("acme", [Valid, Valid with { UserId = "u-2" }, Valid with { EventId = "own", Amount = 3m }], Now, 90, errors);

        Assert.Empty(errors.Errors);
        Assert.Equal([new UserKey("acme", "u-1"), new UserKey("acme", "u-2")], batches.Select(b => b.User));
        var first = batches[0];
        Assert.Equal(Now, first.ReceivedAt);
        Assert.Empty(first.Engagements);
        Assert.Equal([12.5m, 3m], first.Transactions.Select(t => t.Amount));
        var t = first.Transactions[0];
        Assert.Equal(("EUR", "Corner Café", "groceries", "Lyon", "store"), (t.Currency, t.Merchant, t.Category, t.City, t.Channel));
        Assert.Equal((45.76, 4.84), (t.Latitude!.Value, t.Longitude!.Value));
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(1)), t.At);
        Assert.Equal(TimeSpan.FromHours(1), t.At.Offset);
        Assert.Equal("own", first.Transactions[1].EventId);
    }

    [Fact]
    public void ADerivedEventIdIsStableAcrossSpellingsOfTheSameContentAndDistinctForOtherContent()
    {
        var id = EventId(Valid);

        Assert.StartsWith(TransactionRecordMapper.DerivedIdPrefix, id, StringComparison.Ordinal);
        Assert.Equal(TransactionRecordMapper.DerivedIdPrefix.Length + 32, id.Length);
        Assert.Equal(id, EventId(Valid));
        Assert.Equal(id, EventId(Valid with { Amount = 12.50m, Currency = "EUR", Merchant = "Corner Café", Timestamp = "2026-11-20T09:00:00Z" }));
        TransactionRecord[] others =
        [
            Valid with { UserId = "u-2" }, Valid with { Amount = 12.51m }, Valid with { Currency = "USD" },
            Valid with { Timestamp = "2026-11-20T10:00:01+01:00" }, Valid with { Merchant = "Other" }, Valid with { Category = "fuel" },
            Valid with { City = "Paris" }, Valid with { Latitude = 45.77 }, Valid with { Longitude = 4.85 }, Valid with { Channel = "online" },
            Valid with { Merchant = null, Category = "Corner Café" },
        ];
        var ids = others.Select(EventId).Append(id).ToList();
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }

    [Theory]
    [InlineData("userId", null)]
    [InlineData("userId", "has space")]
    [InlineData("amount", null)]
    [InlineData("amount", "0")]
    [InlineData("amount", "-5")]
    [InlineData("amount", "1.23456")]
    [InlineData("amount", "1000000000.01")]
    [InlineData("currency", null)]
    [InlineData("currency", "EURO")]
    [InlineData("currency", "XYZ")]
    [InlineData("timestamp", null)]
    [InlineData("timestamp", "2026-11-20T10:00:00")]
    [InlineData("timestamp", "2026-11-20")]
    [InlineData("timestamp", "20/11/2026 10:00+01:00")]
    [InlineData("timestamp", "2026-13-20T10:00:00Z")]
    [InlineData("timestamp", "2026-08-21T11:59:59Z")]
    [InlineData("timestamp", "2026-11-20T12:05:01Z")]
    [InlineData("merchant", "101")]
    [InlineData("category", "101")]
    [InlineData("city", "101")]
    [InlineData("channel", "101")]
    [InlineData("eventId", "101")]
    public void EachBadFieldIsNamedAndNothingIsBatched(string field, string? value)
    {
        var record = field switch
        {
            "userId" => Valid with { UserId = value },
            "amount" => Valid with { Amount = value is null ? null : decimal.Parse(value, System.Globalization.CultureInfo.InvariantCulture) },
            "currency" => Valid with { Currency = value },
            "timestamp" => Valid with { Timestamp = value },
            _ => WithText(field, new string('x', int.Parse(value!, System.Globalization.CultureInfo.InvariantCulture))),
        };

        var errors = RecordErrors.ForItems();
        var batches = TransactionRecordMapper.ToBatches("acme", [Valid, record], Now, 90, errors);

        Assert.Empty(batches);
        Assert.Equal([$"items[1].{field}"], errors.Errors.Keys);
    }

    [Fact]
    public void TheOldestAndNewestAcceptedTimestampsAreTaken()
    {
        var errors = RecordErrors.ForItems();
        TransactionRecordMapper.ToBatches("acme", [Valid with { Timestamp = "2026-08-22T12:00:00Z" }, Valid with { Timestamp = "2026-11-20T12:05:00Z" }], Now, 90, errors);

        Assert.Empty(errors.Errors);
    }

    [Theory]
    [InlineData(45.0, null, "items[0].longitude")]
    [InlineData(null, 4.0, "items[0].latitude")]
    [InlineData(90.5, 4.0, "items[0].latitude")]
    [InlineData(45.0, -180.5, "items[0].longitude")]
    public void CoordinatesComeTogetherAndInRange(double? latitude, double? longitude, string field)
    {
        var errors = RecordErrors.ForItems();
        TransactionRecordMapper.ToBatches("acme", [Valid with { Latitude = latitude, Longitude = longitude }], Now, 90, errors);

        Assert.Equal([field], errors.Errors.Keys);
    }

    [Fact]
    public void OptionalFieldsMayBeLeftOutAndBlankTextIsAbsent()
    {
        var errors = RecordErrors.ForItems();
        var batch = Assert.Single(TransactionRecordMapper.ToBatches("acme",
            [new TransactionRecord("u-1", "  ", 1m, "usd", "2026-11-20T12:00:00Z", Merchant: " ")], Now, 90, errors));

        var t = Assert.Single(batch.Transactions);
        Assert.Equal((null, null, null, null), (t.Merchant, t.Category, t.City, t.Channel));
        Assert.Null(t.Latitude);
        Assert.StartsWith(TransactionRecordMapper.DerivedIdPrefix, t.EventId, StringComparison.Ordinal);
    }

    [Fact]
    public void CsvProblemsAreKeyedByTheRowsLineAndColumn()
    {
        var errors = RecordErrors.ForLines([2, 5]);
        TransactionRecordMapper.ToBatches("acme", [Valid, Valid with { Amount = 0m, Currency = "??" }], Now, 90, errors);

        Assert.Equal(["line 5"], errors.Errors.Keys);
        Assert.Equal(2, errors.Errors["line 5"].Length);
        Assert.StartsWith("amount: ", errors.Errors["line 5"][0], StringComparison.Ordinal);
        Assert.StartsWith("currency: ", errors.Errors["line 5"][1], StringComparison.Ordinal);
    }

    private static TransactionRecord WithText(string field, string text) => field switch
    {
        "merchant" => Valid with { Merchant = text },
        "category" => Valid with { Category = text },
        "city" => Valid with { City = text },
        "channel" => Valid with { Channel = text },
        _ => Valid with { EventId = text },
    };

    private static string EventId(TransactionRecord record)
    {
        var errors = RecordErrors.ForItems();
        var batch = Assert.Single(TransactionRecordMapper.ToBatches("acme", [record], Now, 90, errors));
        return Assert.Single(batch.Transactions).EventId;
    }
}
