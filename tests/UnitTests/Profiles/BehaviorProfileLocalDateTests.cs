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
}
