using GrainMarketing.ApiHost.Audit;
using GrainMarketing.Audit;
using GrainMarketing.Errors;

namespace GrainMarketing.UnitTests.Audit;

public sealed class AuditQueryStringTests
{
    [Fact]
    public void NothingGivenAsksForTheNewestFiftyOfTheTenant()
    {
        var query = new AuditQueryString().ToQuery("acme");

        Assert.Equal(new AuditQuery("acme"), query);
        Assert.Equal(AuditQuery.DefaultLimit, query.Limit);
    }

    [Fact]
    public void EveryValueIsCarriedOver()
    {
        var query = new AuditQueryString
        {
            Action = "member.",
            Actor = "ana@example.com",
            Target = "bo@example.com",
            From = "2026-11-01",
            To = "2026-11-23T10:30:00.25+01:00",
            Limit = "500",
            Before = "9007199254740993",
        }.ToQuery("acme");

        Assert.Equal("member.", query.Action);
        Assert.Equal("member.", query.ActionPrefix);
        Assert.Null(query.ExactAction);
        Assert.Equal("ana@example.com", query.Actor);
        Assert.Equal("bo@example.com", query.Target);
        Assert.Equal(new DateTimeOffset(2026, 11, 1, 0, 0, 0, TimeSpan.Zero), query.From);
        Assert.Equal(new DateTimeOffset(2026, 11, 23, 9, 30, 0, 250, TimeSpan.Zero), query.To);
        Assert.Equal(500, query.Limit);
        Assert.Equal(9007199254740993L, query.Before);
    }

    [Theory]
    [InlineData("2026-11-23T10:00Z")]
    [InlineData("2026-11-23T10:00:00Z")]
    [InlineData("2026-11-23T10:00:00")]
    [InlineData("2026-11-23T10:00:00.0000000Z")]
    [InlineData("2026-11-23T11:00:00+01:00")]
    [InlineData("2026-11-23T05:00:00-05:00")]
    public void IsoTimesWithOrWithoutAnOffsetAreRead(string from)
    {
        var query = new AuditQueryString { From = from }.ToQuery("acme");

        Assert.Equal(new DateTimeOffset(2026, 11, 23, 10, 0, 0, TimeSpan.Zero), query.From);
    }

    [Theory]
    [InlineData("key.created", "key.created", null)]
    [InlineData("key.", null, "key.")]
    [InlineData("key*", null, "key")]
    [InlineData("key.*", null, "key.")]
    [InlineData("*", null, "")]
    [InlineData("x' OR '1'='1", "x' OR '1'='1", null)]
    public void AnActionIsExactUnlessItEndsInADotOrAStar(string action, string? exact, string? prefix)
    {
        var query = new AuditQueryString { Action = action }.ToQuery("acme");

        Assert.Equal(exact, query.ExactAction);
        Assert.Equal(prefix, query.ActionPrefix);
    }

    [Fact]
    public void EmptyValuesCountAsAbsent()
    {
        var query = new AuditQueryString { Action = "", Actor = "", Target = "", From = "", To = "", Limit = "", Before = "" }.ToQuery("acme");

        Assert.Equal(new AuditQuery("acme"), query);
    }

    [Fact]
    public void EveryBadValueIsNamedAtOnce()
    {
        var invalid = Assert.Throws<ValidationFailedException>(() =>
            new AuditQueryString { From = "yesterday", To = "2026-13-01", Limit = "501", Before = "-3" }.ToQuery("acme"));

        Assert.Equal(["before", "from", "limit", "to"], invalid.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("501")]
    [InlineData("-1")]
    [InlineData("+5")]
    [InlineData(" 5")]
    [InlineData("5.0")]
    [InlineData("ten")]
    [InlineData("99999999999")]
    public void ALimitOutside1To500IsRefused(string limit) =>
        Assert.Equal(["limit"], Assert.Throws<ValidationFailedException>(() => new AuditQueryString { Limit = limit }.ToQuery("acme")).Errors.Keys);

    [Theory]
    [InlineData("0")]
    [InlineData("-1")]
    [InlineData("1e3")]
    [InlineData("abc")]
    [InlineData("99999999999999999999")]
    public void ACursorThatIsNotAPositiveIdIsRefused(string before) =>
        Assert.Equal(["before"], Assert.Throws<ValidationFailedException>(() => new AuditQueryString { Before = before }.ToQuery("acme")).Errors.Keys);

    [Theory]
    [InlineData("2026-11-23T10:00:00Z", "2026-11-23T10:00:00Z")]
    [InlineData("2026-11-23T11:00:00+01:00", "2026-11-23T09:59:59Z")]
    public void ToMustBeAfterFrom(string from, string to) =>
        Assert.Equal(["to"], Assert.Throws<ValidationFailedException>(() => new AuditQueryString { From = from, To = to }.ToQuery("acme")).Errors.Keys);

    [Theory]
    [InlineData("1/2/2026")]
    [InlineData("2026-11-23 10:00:00")]
    [InlineData("2026-11-23T10:00:00 01:00")]
    [InlineData("1732356000")]
    public void TimesThatAreNotIso8601AreRefused(string from) =>
        Assert.Equal(["from"], Assert.Throws<ValidationFailedException>(() => new AuditQueryString { From = from }.ToQuery("acme")).Errors.Keys);
}
