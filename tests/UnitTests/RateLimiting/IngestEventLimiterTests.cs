using System.Diagnostics.Metrics;
using GrainMarketing.ApiHost.RateLimiting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace GrainMarketing.UnitTests.RateLimiting;

public sealed class IngestEventLimiterTests : IDisposable
{
    private readonly ServiceProvider _services = new ServiceCollection().AddMetrics().BuildServiceProvider();
    private readonly IngestEventLimiter _limiter;

    public IngestEventLimiterTests()
    {
        var options = new RateLimitOptions
        {
            IngestEvents = new() { TokenLimit = 100, TokensPerPeriod = 1, ReplenishmentPeriod = TimeSpan.FromHours(1) },
        };
        _limiter = new IngestEventLimiter(Options.Create(options), new RateLimitInstruments(_services.GetRequiredService<IMeterFactory>()));
    }

    [Fact]
    public void EachRecordTakesOneTokenAndARefusedChargeTakesNone()
    {
        _limiter.Charge("key:acme.k1", 60);

        var refused = Assert.Throws<RateLimitedException>(() => _limiter.Charge("key:acme.k1", 41));
        Assert.Equal(TimeSpan.FromHours(1), refused.RetryAfter);
        _limiter.Charge("key:acme.k1", 40);
        Assert.Throws<RateLimitedException>(() => _limiter.Charge("key:acme.k1", 1));
    }

    [Fact]
    public void EveryCallerHasItsOwnBucket()
    {
        _limiter.Charge("ann@example.com", 100);

        _limiter.Charge("bob@example.com", 100);
        Assert.Throws<RateLimitedException>(() => _limiter.Charge("ann@example.com", 1));
    }

    [Fact]
    public void ABatchLargerThanTheBucketIsTooLargeAndTakesNothing()
    {
        var tooLarge = Assert.Throws<IngestBatchTooLargeException>(() => _limiter.Charge("ann@example.com", 101));

        Assert.Contains("at most 100 records", tooLarge.Message, StringComparison.Ordinal);
        _limiter.Charge("ann@example.com", 100);
    }

    [Fact]
    public void AnEmptyRequestCostsNothingEvenWhenTheBucketIsEmpty()
    {
        _limiter.Charge("ann@example.com", 100);

        var refusal = Record.Exception(() => _limiter.Charge("ann@example.com", 0));

        Assert.Null(refusal);
    }

    [Fact]
    public void OnlyARefusalIsCountedAndUnderTheIngestEventsLimit()
    {
        var counted = new List<(long Value, object? Limit)>();
        using var listener = new MeterListener();
        listener.InstrumentPublished = (instrument, meters) =>
        {
            if (instrument.Meter.Scope == _services.GetRequiredService<IMeterFactory>() && instrument.Name == "grainmarketing.ratelimit.rejections")
            {
                meters.EnableMeasurementEvents(instrument);
            }
        };
        listener.SetMeasurementEventCallback<long>((_, value, tags, _) => counted.Add((value, tags.ToArray().Single(t => t.Key == "limit").Value)));
        listener.Start();

        _limiter.Charge("ann@example.com", 100);
        Assert.Throws<IngestBatchTooLargeException>(() => _limiter.Charge("ann@example.com", 101));
        Assert.Throws<RateLimitedException>(() => _limiter.Charge("ann@example.com", 1));

        Assert.Equal([(1L, (object?)"ingest_events")], counted);
    }

    public void Dispose()
    {
        _limiter.Dispose();
        _services.Dispose();
    }
}
