using GrainMarketing.ApiHost.RateLimiting;

namespace GrainMarketing.UnitTests.RateLimiting;

public sealed class RateLimitOptionsValidatorTests
{
    private static readonly RateLimitOptionsValidator Validator = new();

    [Fact]
    public void TheDefaultsAreValid()
    {
        var options = new RateLimitOptions();

        Assert.True(Validator.Validate(null, options).Succeeded);
        Assert.Equal((2_000, 1_000, TimeSpan.FromSeconds(1)), Bucket(options.Requests));
        Assert.Equal((60, 10, TimeSpan.FromSeconds(1)), Bucket(options.Anonymous));
        Assert.Equal((1_000_000, 500_000, TimeSpan.FromSeconds(1)), Bucket(options.IngestEvents));
    }

    [Fact]
    public void EveryBadValueOfEveryBucketIsNamed()
    {
        var options = new RateLimitOptions
        {
            Requests = new() { TokenLimit = 0, TokensPerPeriod = 1 },
            Anonymous = new() { TokenLimit = 5, TokensPerPeriod = -1 },
            IngestEvents = new() { TokenLimit = 5, TokensPerPeriod = 5, ReplenishmentPeriod = TimeSpan.Zero },
        };

        var result = Validator.Validate(null, options);

        Assert.True(result.Failed);
        var failures = result.Failures.ToList();
        Assert.Equal(3, failures.Count);
        Assert.Contains(failures, f => f.Contains("Requests.TokenLimit", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("Anonymous.TokensPerPeriod", StringComparison.Ordinal));
        Assert.Contains(failures, f => f.Contains("IngestEvents.ReplenishmentPeriod", StringComparison.Ordinal));
    }

    private static (int, int, TimeSpan) Bucket(TokenBucketSettings bucket) =>
        (bucket.TokenLimit, bucket.TokensPerPeriod, bucket.ReplenishmentPeriod);
}
