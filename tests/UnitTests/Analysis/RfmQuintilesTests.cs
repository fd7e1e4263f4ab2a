using GrainMarketing.Analysis;

namespace GrainMarketing.UnitTests.Analysis;

/// <summary>Quintile cuts, scores and the high-spender threshold on small sets worked out by hand.</summary>
public sealed class RfmQuintilesTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 3, 6, 0, 0, TimeSpan.Zero);

    [Fact]
    public void TenDistinctValuesFallTwoToAQuintile()
    {
        var cuts = RfmQuintiles.Cuts(Enumerable.Range(1, 10))!;

        // percentile_disc at 0.2, 0.4, 0.6, 0.8 of ten values: the 2nd, 4th, 6th and 8th.
        Assert.Equal([2, 4, 6, 8], cuts);
        Assert.Equal([1, 1, 2, 2, 3, 3, 4, 4, 5, 5], Enumerable.Range(1, 10).Select(value => RfmQuintiles.Score(value, cuts)));
    }

    [Fact]
    public void EqualValuesShareAScore()
    {
        int[] purchases = [13, 1, 5, 2, 1, 8, 3, 2, 5, 1];

        var cuts = RfmQuintiles.Cuts(purchases)!;

        // Sorted: 1 1 1 2 2 3 5 5 8 13; the 2nd, 4th, 6th and 8th are 1, 2, 3, 5.
        Assert.Equal([1, 2, 3, 5], cuts);
        Assert.Equal([5, 1, 4, 2, 1, 5, 3, 2, 4, 1], purchases.Select(value => RfmQuintiles.Score(value, cuts)));
    }

    [Fact]
    public void SevenValuesCutAtTheSecondThirdFifthAndSixth()
    {
        decimal[] spends = [70, 10, 30, 50, 20, 60, 40];

        // ceil(0.2 × 7) = 2, ceil(1.4 × 2) = 3, ceil(4.2) = 5, ceil(5.6) = 6.
        Assert.Equal([20m, 30m, 50m, 60m], RfmQuintiles.Cuts(spends)!);
    }

    [Fact]
    public void NoValuesHaveNoCuts() => Assert.Null(RfmQuintiles.Cuts(Array.Empty<int>()));

    [Fact]
    public void FewerDaysSinceTheLastPurchaseScoreHigher()
    {
        int[] days = [60, 0, 1, 3, 7, 10, 30, 31, 45, 1];

        var cuts = RfmQuintiles.Cuts(days)!;

        // Sorted: 0 1 1 3 7 10 30 31 45 60; cuts 1, 3, 10, 31.
        Assert.Equal([1, 3, 10, 31], cuts);
        Assert.Equal([1, 5, 5, 4, 3, 3, 2, 2, 1, 5], days.Select(value => RfmQuintiles.RecencyScore(value, cuts)));
    }

    [Fact]
    public void RecencyCountsWholeDaysAndNeverGoesBelowZero()
    {
        Assert.Equal(0, RfmQuintiles.RecencyDays(At, At.AddHours(-23.9)));
        Assert.Equal(1, RfmQuintiles.RecencyDays(At, At.AddDays(-1)));
        Assert.Equal(29, RfmQuintiles.RecencyDays(At, At.AddDays(-30).AddSeconds(1)));
        Assert.Equal(0, RfmQuintiles.RecencyDays(At, At.AddMinutes(4)));
    }

    [Fact]
    public void TheThresholdIsTheLowestSpendOfTheTopShareOfCustomersWhoSpent()
    {
        decimal[] spends = [0, 0, 90, 5, 10, 20, 80, 30, 40, 50, 60, 70];

        // Ten spenders (the zeros do not count); the top 20% is two of them: the 2nd highest, 80.
        Assert.Equal(80m, RfmQuintiles.HighSpenderThreshold(spends, 0.2));
        Assert.Equal(2, spends.Count(spend => RfmQuintiles.IsHighSpender(spend, 80m)));
        Assert.Equal(90m, RfmQuintiles.HighSpenderThreshold(spends, 0.05));
        Assert.Equal(5m, RfmQuintiles.HighSpenderThreshold(spends, 0.99));
    }

    [Fact]
    public void NobodyIsAHighSpenderWhenNobodySpent()
    {
        Assert.Null(RfmQuintiles.HighSpenderThreshold([0m, 0m], 0.2));
        Assert.False(RfmQuintiles.IsHighSpender(100m, null));
        Assert.False(RfmQuintiles.IsHighSpender(0m, 0m));
    }
}
