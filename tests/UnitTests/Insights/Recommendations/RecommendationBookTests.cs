using GrainMarketing.Automation;
using GrainMarketing.Errors;
using GrainMarketing.Insights.Recommendations;

namespace GrainMarketing.UnitTests.Insights.Recommendations;

public sealed class RecommendationBookTests
{
    private static readonly DateTimeOffset Now = new(2026, 12, 1, 8, 0, 0, TimeSpan.Zero);
    private static readonly DateOnly Day = new(2026, 11, 30);

    [Fact]
    public void TheSameFindingTwiceRefreshesTheOpenRecommendationInsteadOfRaisingAnother()
    {
        var book = new RecommendationBook(new RecommendationBookState());

        book.Merge(Run(Finding(10, 6)), Now);
        var first = book.State.Items.Single();
        book.Merge(Run(Finding(12, 8)), Now.AddMinutes(5));

        var item = book.State.Items.Single();
        Assert.Equal((first.Id, RecommendationStatus.Open, 12.0, Now.AddMinutes(5)), (item.Id, item.Status, item.Impact.Value, item.UpdatedAt));
    }

    [Fact]
    public void ADismissedRecommendationComesBackOnlyWhenItsLowerBoundPassesTwiceTheImpactDismissed()
    {
        var book = new RecommendationBook(new RecommendationBookState());
        book.Merge(Run(Finding(10, 6)), Now);
        var id = book.State.Items.Single().Id;
        book.Dismiss(id, "seasonal campaign", "ann@example.com", Now);

        book.Merge(Run(Finding(19, 15)), Now.AddDays(1));
        Assert.Single(book.State.Items);
        book.Merge(Run(Finding(30, 21)), Now.AddDays(2));

        var back = book.State.Items.Single(i => i.Status == RecommendationStatus.Open);
        Assert.NotEqual(id, back.Id);
        Assert.Equal(("seasonal campaign", "ann@example.com"), (book.Get(id).StatusReason, book.Get(id).StatusBy));
    }

    [Fact]
    public void AnOpenRecommendationARunNoLongerFindsExpires()
    {
        var book = new RecommendationBook(new RecommendationBookState());
        book.Merge(Run(Finding(10, 6)), Now);

        book.Merge(Run(), Now.AddDays(1));

        var item = book.State.Items.Single();
        Assert.Equal(RecommendationStatus.Expired, item.Status);
        Assert.Contains("no longer found it", item.StatusReason);
    }

    [Fact]
    public void OnlyAnOpenRecommendationCanBeAcceptedAndAClosedOneNeitherDismissedNorApplied()
    {
        var book = new RecommendationBook(new RecommendationBookState());
        book.Merge(Run(Finding(10, 6)), Now);
        var id = book.State.Items.Single().Id;

        book.Accept(id, "ann@example.com", Now);
        Assert.Throws<ConflictException>(() => book.Accept(id, "ann@example.com", Now));
        book.Applied(id, Guid.NewGuid(), "ann@example.com", Now);
        Assert.Throws<ConflictException>(() => book.Dismiss(id, "no", "ann@example.com", Now));
        Assert.Throws<ConflictException>(() => book.Applicable(id));
        Assert.Throws<NotFoundException>(() => book.Get(Guid.NewGuid()));
    }

    [Fact]
    public void AnAppliedRecommendationIsNotRaisedAgainWhileItsEffectIsMeasured()
    {
        var book = new RecommendationBook(new RecommendationBookState());
        book.Merge(Run(Finding(10, 6)), Now);
        book.Applied(book.State.Items.Single().Id, Guid.NewGuid(), "ann@example.com", Now);

        book.Merge(Run(Finding(10, 6)), Now.AddDays(13));
        Assert.Single(book.State.Items);
        book.Merge(Run(Finding(10, 6)), Now.AddDays(14));
        Assert.Equal(2, book.State.Items.Count);
    }

    [Fact]
    public void ClosedRecommendationsAreBoundedNewestKept()
    {
        var book = new RecommendationBook(new RecommendationBookState());
        for (var i = 0; i < RecommendationBook.MaxClosed + 20; i++)
        {
            book.Merge(Run(Finding(10, 6, $"meta:{i}")), Now.AddMinutes(2 * i));
            book.Merge(Run(), Now.AddMinutes((2 * i) + 1));
        }

        Assert.Equal(RecommendationBook.MaxClosed, book.State.Items.Count);
        Assert.Contains(book.State.Items, item => item.Target == $"meta:{RecommendationBook.MaxClosed + 19}");
    }

    private static DetectorRun Run(params Finding[] findings) => new(findings, new Dictionary<string, string>());

    private static Finding Finding(double impact, double lower, string target = "meta:1") => new(
        RecommendationKind.PauseCampaign, target, [target], "Pause", "Because", new RecommendationEvidence("test", Day, Day, 0.001, 0.002, 3, new Dictionary<string, double>()),
        new RecommendationImpact("conversions", impact, lower, impact + 5, "moved"), 0.998, [new RuleAction(RuleActionType.Pause)]);
}
