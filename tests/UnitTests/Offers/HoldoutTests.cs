using GrainMarketing.Offers;

namespace GrainMarketing.UnitTests.Offers;

public sealed class HoldoutTests
{
    [Fact]
    public void TheSameCampaignAndCustomerAreAlwaysHeldOutAlike()
    {
        var first = Enumerable.Range(0, 1000).Select(i => Holdout.IsHeldOut("oc-1", $"user-{i}", 0.1)).ToList();
        var again = Enumerable.Range(0, 1000).Select(i => Holdout.IsHeldOut("oc-1", $"user-{i}", 0.1)).ToList();

        Assert.Equal(first, again);
    }

    [Theory]
    [InlineData(0.1)]
    [InlineData(0.25)]
    [InlineData(0.5)]
    public void TheHeldOutShareIsWithinAPercentOfTheShareAtScale(double share)
    {
        const int customers = 200_000;

        var held = Enumerable.Range(0, customers).Count(i => Holdout.IsHeldOut("oc-welcome", $"c{i:D7}", share));

        Assert.InRange((double)held / customers, share - 0.01, share + 0.01);
    }

    [Fact]
    public void AnotherCampaignHoldsOutOtherCustomers()
    {
        var a = Enumerable.Range(0, 10_000).Where(i => Holdout.IsHeldOut("oc-a", $"u{i}", 0.1)).ToHashSet();
        var b = Enumerable.Range(0, 10_000).Where(i => Holdout.IsHeldOut("oc-b", $"u{i}", 0.1)).ToHashSet();

        // Independent draws share about 10% of 10% of the customers: 100, nowhere near all 1,000.
        Assert.InRange(a.Intersect(b).Count(), 50, 160);
    }

    [Fact]
    public void NoShareHoldsOutNobodyAndTheCutFollowsTheShare()
    {
        Assert.DoesNotContain(Enumerable.Range(0, 5000), i => Holdout.IsHeldOut("oc-x", $"u{i}", 0));
        Assert.Equal((0, 100_000, 500_000), (Holdout.Cut(0), Holdout.Cut(0.1), Holdout.Cut(0.5)));
    }
}
