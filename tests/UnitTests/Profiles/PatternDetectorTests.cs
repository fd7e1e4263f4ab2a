using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Profiles;

/// <summary>Synthetic customers with known behaviour land in exactly the expected patterns.</summary>
public sealed class PatternDetectorTests
{
    // A Monday, so the weekend days before it are easy to name.
    private static readonly DateOnly Today = new(2026, 11, 23);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 18, 0, 0, TimeSpan.Zero);

    private readonly BehaviorProfile _profile = new();
    private int _events;

    [Fact]
    public void ANewWeekendShopperOfOneCategoryInOneCityShowsThoseAndNothingElse()
    {
        foreach (var back in new[] { 1, 2, 8, 9, 15, 22 })
        {
            Buy(back, 20, back == 22 ? "books" : "grocery", "Lyon");
        }

        var metrics = _profile.Metrics(Today);

        Assert.Equal((6, 120m, 1.5, 1.0), (metrics.Transactions, metrics.Spend, metrics.PerWeek, metrics.WeekendShare));
        Assert.Equal(("grocery", 100.0 / 120, "Lyon", 1), (metrics.TopCategory, metrics.TopCategoryShare, metrics.TopLocation, metrics.Locations));
        Assert.Equal(
            [BehaviorPattern.Weekend, BehaviorPattern.CategoryFocused, BehaviorPattern.LocationClustered, BehaviorPattern.New],
            Detect(metrics).Order());
    }

    [Fact]
    public void AWeekdayShopperTwiceAWeekAcrossManyCitiesAndCategoriesIsOnlyFrequent()
    {
        string[] cities = ["Lyon", "Paris", "Nice", "Lille"];
        string[] categories = ["grocery", "fuel", "books", "travel"];
        foreach (var month in new[] { 0, 30, 60 })
        {
            for (var i = 0; i < 12; i++)
            {
                Buy(month + 3 + (7 * (i / 3)) + (i % 3), 10, categories[i % 4], cities[i % 4]);
            }
        }

        var metrics = _profile.Metrics(Today);

        Assert.Equal((3.0, 4, 36), (metrics.PerWeek, metrics.Locations, metrics.Transactions));
        Assert.Equal([BehaviorPattern.Frequent], Detect(metrics));
    }

    [Fact]
    public void ACustomerSilentForThirtyDaysIsInactiveAndNoLongerNew()
    {
        foreach (var back in new[] { 45, 44, 40 })
        {
            Buy(back, 30, "fuel", null);
        }

        var patterns = Detect(_profile.Metrics(Today));

        Assert.Equal([BehaviorPattern.CategoryFocused, BehaviorPattern.Inactive], patterns.Order());
    }

    [Fact]
    public void SpendThatSwingsThreefoldBetweenMonthsIsSeasonalAndTheTopShareMakesAHighSpender()
    {
        Buy(85, 300, null, null);
        Buy(50, 40, null, null);
        Buy(45, 10, null, null);
        Buy(10, 60, null, null);

        var metrics = _profile.Metrics(Today);

        Assert.Equal([300m, 50m, 60m], metrics.MonthlySpend);
        Assert.Equal((60m, 50m), (metrics.RecentSpend, metrics.PriorSpend));
        Assert.Equal([BehaviorPattern.Seasonal], Detect(metrics));
        Assert.Equal([BehaviorPattern.HighSpender, BehaviorPattern.Seasonal], PatternDetector.Detect(metrics, PatternSettings.Default, 410m, Now).Order());
        Assert.DoesNotContain(BehaviorPattern.HighSpender, PatternDetector.Detect(metrics, PatternSettings.Default, 410.01m, Now));
    }

    [Fact]
    public void ARepeatedEventCountsOnceAndAPurchaseBeyondNinetyDaysOnlyMovesFirstSeen()
    {
        var purchase = new Transaction("t-1", 25, "EUR", Now.AddDays(-3), Category: "grocery");
        var old = new Transaction("t-0", 999, "EUR", Now.AddDays(-120));

        Assert.True(_profile.Apply(purchase, Today.AddDays(1 - BehaviorProfile.KeptDays)));
        Assert.False(_profile.Apply(purchase, Today.AddDays(1 - BehaviorProfile.KeptDays)));
        Assert.False(_profile.Apply(old, Today.AddDays(1 - BehaviorProfile.KeptDays)));

        var metrics = _profile.Metrics(Today);
        Assert.Equal((1, 25m, old.At, purchase.At), (metrics.Transactions, metrics.Spend, metrics.FirstSeen, metrics.LastSeen));
        Assert.DoesNotContain(BehaviorPattern.New, Detect(metrics));
    }

    [Fact]
    public void TheNextChangeTimeAloneBringsIsLeavingNewOrBecomingInactiveWhicheverIsFirst()
    {
        Buy(20, 10, null, null);
        Buy(5, 10, null, null);

        var metrics = _profile.Metrics(Today);

        Assert.Equal(_profile.FirstSeen!.Value.AddDays(30), PatternDetector.NextChange(metrics, PatternSettings.Default, Now));
        Assert.Equal(_profile.LastSeen!.Value.AddDays(30), PatternDetector.NextChange(metrics, PatternSettings.Default, Now.AddDays(11)));
        Assert.Null(PatternDetector.NextChange(metrics, PatternSettings.Default, Now.AddDays(26)));
    }

    private IReadOnlySet<BehaviorPattern> Detect(ProfileMetrics metrics) => PatternDetector.Detect(metrics, PatternSettings.Default, null, Now);

    private void Buy(int daysBack, decimal amount, string? category, string? city) =>
        _profile.Apply(new Transaction($"e-{_events++}", amount, "EUR", Now.AddDays(-daysBack).AddHours(-6), Category: category, City: city), Today.AddDays(1 - BehaviorProfile.KeptDays));
}
