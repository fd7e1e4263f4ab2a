using GrainMarketing.Alerts;

namespace GrainMarketing.UnitTests.Alerts;

public sealed class AlertDedupTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 23, 10, 0, 0, TimeSpan.Zero);
    private static readonly TimeSpan Hour = TimeSpan.FromHours(1);

    [Fact]
    public void TheSameKeyWithinTheWindowIsSuppressedAndAfterItAdmitted()
    {
        var sent = new Dictionary<string, DateTimeOffset>();

        Assert.True(AlertDedup.Admit(sent, "rule:1", Start, Hour));
        Assert.False(AlertDedup.Admit(sent, "rule:1", Start.AddMinutes(59), Hour));
        Assert.True(AlertDedup.Admit(sent, "rule:2", Start.AddMinutes(59), Hour));
        Assert.True(AlertDedup.Admit(sent, "rule:1", Start.AddMinutes(60), Hour));
    }

    [Fact]
    public void TheWindowRunsFromTheLastAlertSentNotTheLastSuppressed()
    {
        var sent = new Dictionary<string, DateTimeOffset>();
        AlertDedup.Admit(sent, "k", Start, Hour);

        Assert.False(AlertDedup.Admit(sent, "k", Start.AddMinutes(30), Hour));
        Assert.True(AlertDedup.Admit(sent, "k", Start.AddMinutes(61), Hour));
        Assert.False(AlertDedup.Admit(sent, "k", Start.AddMinutes(120), Hour));
    }

    [Fact]
    public void AZeroWindowAdmitsEverythingAndRemembersNothing()
    {
        var sent = new Dictionary<string, DateTimeOffset>();

        Assert.True(AlertDedup.Admit(sent, "k", Start, TimeSpan.Zero));
        Assert.True(AlertDedup.Admit(sent, "k", Start, TimeSpan.Zero));
        Assert.Empty(sent);
    }

    [Fact]
    public void ExpiredKeysAreForgottenAndTheOldestGoesFirstWhenFull()
    {
        var sent = new Dictionary<string, DateTimeOffset>();
        for (var i = 0; i < AlertDedup.MaxKeys; i++)
        {
            AlertDedup.Admit(sent, $"k{i}", Start.AddSeconds(i), TimeSpan.FromDays(1));
        }

        Assert.True(AlertDedup.Admit(sent, "new", Start.AddHours(1), TimeSpan.FromDays(1)));
        Assert.Equal(AlertDedup.MaxKeys, sent.Count);
        Assert.False(sent.ContainsKey("k0"));
        Assert.False(AlertDedup.Admit(sent, "k1", Start.AddHours(1), TimeSpan.FromDays(1)));

        AlertDedup.Admit(sent, "later", Start.AddDays(2), TimeSpan.FromDays(1));
        Assert.Equal(["later"], sent.Keys);
    }
}
