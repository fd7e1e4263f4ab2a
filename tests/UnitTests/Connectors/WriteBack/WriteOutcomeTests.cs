using GrainMarketing.Connectors.Platforms;
using GrainMarketing.Connectors.WriteBack;

namespace GrainMarketing.UnitTests.Connectors.WriteBack;

public sealed class WriteOutcomeTests
{
    [Fact]
    public void ARefusalRefusesTheGrant()
    {
        Assert.Equal(WriteOutcome.Refused("Token revoked."), WriteOutcome.For(PlatformError.Refused("Token revoked.")));
    }

    [Fact]
    public void AThrottleKeepsTheChangePendingForItsWait()
    {
        Assert.Equal(WriteOutcome.Later(TimeSpan.FromSeconds(90), "Slow down."), WriteOutcome.For(PlatformError.Throttled(TimeSpan.FromSeconds(90), "Slow down.")));
    }

    [Fact]
    public void ATransientErrorKeepsTheChangePendingForAMinute()
    {
        Assert.Equal(WriteOutcome.Later(TimeSpan.FromMinutes(1), "Meta answered 500 (code 1): unknown"), WriteOutcome.For(PlatformError.Transient("Meta answered 500 (code 1): unknown")));
    }

    [Fact]
    public void AFailureFailsTheChange()
    {
        Assert.Equal(WriteOutcome.Failed("Meta answered 400 (code 100): Invalid parameter"), WriteOutcome.For(PlatformError.Failed("Meta answered 400 (code 100): Invalid parameter")));
    }
}
