using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Profiles;

public sealed class BehaviorProfileLocalDateTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 23, 30, 0, TimeSpan.Zero);

    [Fact]
    public void BeforeAnyPurchaseTheLocalDateIsTheUtcDate()
    {
        Assert.Equal(new DateOnly(2026, 11, 23), new BehaviorProfile().LocalDate(Now));
    }

    [Fact]
    public void TheLocalDateIsTakenAtTheOffsetOfTheLatestPurchase()
    {
        var profile = new BehaviorProfile();
        profile.Apply(new Transaction("t-1", 10, "EUR", new DateTimeOffset(2026, 11, 23, 9, 0, 0, TimeSpan.FromHours(2))), new DateOnly(2026, 1, 1));

        Assert.Equal(new DateOnly(2026, 11, 24), profile.LocalDate(Now));
    }

    [Fact]
    public void ADayASummerOffsetLeftBehindStillCountsOnceAWinterPurchaseMovesTheLocalDateBack()
    {
        // 04:30 UTC: 00:30 on the 7th at New York's summer offset, 23:30 on the 6th at its winter one.
        var now = new DateTimeOffset(2026, 12, 7, 4, 30, 0, TimeSpan.Zero);
        var summer = TimeSpan.FromHours(-4);
        var profile = new BehaviorProfile();
        profile.Apply(new Transaction("t-1", 10, "USD", new DateTimeOffset(2026, 9, 8, 10, 0, 0, summer)), BehaviorProfile.OldestKept(now));
        profile.Apply(new Transaction("t-2", 20, "USD", new DateTimeOffset(2026, 9, 9, 10, 0, 0, summer)), BehaviorProfile.OldestKept(now));
        Assert.Equal(new DateOnly(2026, 12, 7), profile.LocalDate(now));
        profile.Prune(BehaviorProfile.OldestKept(now));

        profile.Apply(new Transaction("t-3", 40, "USD", new DateTimeOffset(2026, 12, 1, 10, 0, 0, TimeSpan.FromHours(-5))), BehaviorProfile.OldestKept(now));

        var metrics = profile.Metrics(profile.LocalDate(now));
        Assert.Equal(new DateOnly(2026, 12, 6), metrics.Today);
        Assert.Equal(3, metrics.Transactions);
        Assert.Equal(70, metrics.Spend);
    }
}
