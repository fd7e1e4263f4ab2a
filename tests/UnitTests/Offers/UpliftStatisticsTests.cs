using GrainMarketing.Offers;

namespace GrainMarketing.UnitTests.Offers;

public sealed class UpliftStatisticsTests
{
    [Fact]
    public void AnEmptyGroupGivesNoUpliftAtAll()
    {
        Assert.Null(UpliftStatistics.Proportions(3, 10, 0, 0));
        Assert.Null(UpliftStatistics.Means(0, 0m, 0m, 5, 10m, 40m));
    }

    [Fact]
    public void AGroupOfOneGivesTheDifferenceWithoutBounds()
    {
        Assert.Equal(new Uplift(0.5, 1, -0.5, null, null), UpliftStatistics.Proportions(5, 10, 1, 1));
        Assert.Equal(new Uplift(2, 7, -5, null, null), UpliftStatistics.Means(10, 20m, 50m, 1, 7m, 49m));
    }

    [Fact]
    public void RevenueThatVariesInNeitherGroupGivesNoBounds()
    {
        Assert.Equal(new Uplift(3, 1, 2, null, null), UpliftStatistics.Means(4, 12m, 36m, 3, 3m, 3m));
    }

    [Fact]
    public void TheBuyingRateIntervalStaysWithinMinusOneAndOneWhenEveryoneOrNobodyBought()
    {
        var uplift = UpliftStatistics.Proportions(20, 20, 0, 20)!;

        Assert.Equal(1, uplift.Difference);
        Assert.InRange(uplift.Low!.Value, 0.5, 1);
        Assert.InRange(uplift.High!.Value, 0.999999, 1.000001);
    }
}
