using GrainMarketing.Connectors.Platforms;
using GrainMarketing.Connectors.Sync;

namespace GrainMarketing.UnitTests.Connectors;

public sealed class PlatformErrorExtensionsTests
{
    [Theory]
    [InlineData(PlatformErrorKind.Refused, typeof(GrantRefusedException))]
    [InlineData(PlatformErrorKind.Throttled, typeof(PlatformThrottledException))]
    [InlineData(PlatformErrorKind.Transient, typeof(PlatformAnswerException))]
    [InlineData(PlatformErrorKind.Failed, typeof(PlatformAnswerException))]
    public void EachKindEndsThePullWithItsExceptionInThePlatformsWords(PlatformErrorKind kind, Type expected)
    {
        var exception = new PlatformError(kind, "The platform's words.", TimeSpan.FromMinutes(1)).ToException();

        Assert.Equal((expected, "The platform's words."), (exception.GetType(), exception.Message));
    }

    [Fact]
    public void AThrottleHoldsTheAccountForItsWait()
    {
        var throttled = Assert.IsType<PlatformThrottledException>(PlatformError.Throttled(TimeSpan.FromSeconds(90), "Slow down.").ToException());

        Assert.Equal(TimeSpan.FromSeconds(90), throttled.RetryAfter);
    }
}
