using GrainMarketing.Dashboard.Api.Client.Api.V1.Tenants.Item.Recommendations;
using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Pages.Tenant.Recommendations;
using GrainMarketing.Dashboard.Components.Shared;
using Microsoft.Kiota.Abstractions.Serialization;

namespace GrainMarketing.DashboardTests;

/// <summary>The recommendations page's logic: the URL's filters become the API's query; a card shows the evidence, offers each role only what it may do, confirms before applying and shows the API's refusals in words.</summary>
public sealed class RecommendationsPageLogicTests : DashboardContext, IAsyncLifetime
{
    private const string Deferred = "Recommendation '6f1c2a9e-4b7d-4e2a-9c1f-0a2b3c4d5e6f' was deferred: the campaign's action budget is spent. It stays open; apply again later.";

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's inputs hold services that only dispose asynchronously.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    [Fact]
    public void TheUrlsFiltersGoToTheApiAsWrittenAndEmptyOnesAreLeftOut()
    {
        var query = new RecommendationsRequestBuilder.RecommendationsRequestBuilderGetQueryParameters();

        new RecommendationFilter("pauseCampaign", "", " meta:916 ", "0.95", "40").ApplyTo(query);

        Assert.Equal(("pauseCampaign", null, "meta:916", "0.95", "40", "20"), (query.Kind, query.Status, query.Target, query.MinConfidence, query.After, query.Limit));
        Assert.Equal(new Dictionary<string, object?> { ["status"] = null, ["after"] = null }, RecommendationFilter.Changed("status", " "));
        Assert.Equal(new Dictionary<string, object?> { ["kind"] = "refreshCreative", ["after"] = null }, RecommendationFilter.Changed("kind", "refreshCreative"));
    }

    [Fact]
    public void PagingGoesBackAPageAtATimeAndOnlyFiltersCountAsNarrowing()
    {
        var third = new RecommendationFilter(null, null, null, null, "40");
        var second = new RecommendationFilter(null, null, null, null, "20");
        var first = new RecommendationFilter(null, "open", null, null, null);

        Assert.Equal((true, "20", false), (third.HasPrevious, third.PreviousAfter, third.Narrowed));
        Assert.Equal((true, null), (second.HasPrevious, second.PreviousAfter));
        Assert.Equal((false, true), (first.HasPrevious, first.Narrowed));
    }

    [Fact]
    public void EveryKindAndStatusIsOfferedByTheApisName()
    {
        Assert.Contains(("pauseCampaign", "Pause a campaign"), RecommendationFilter.Kinds);
        Assert.Contains(("refreshCreative", "Refresh a creative"), RecommendationFilter.Kinds);
        Assert.Equal(["open", "accepted", "dismissed", "applied", "expired"], RecommendationFilter.Statuses.Select(s => s.Value));
    }

    [Fact]
    public void AViewerReadsTheEvidenceAndImpactButHasNoButtons()
    {
        var card = Card(Open(), mayAct: false);

        Assert.Equal("+14.20 conversions a week (80%: +9.10 to +19.30)", card.Find("[data-testid='recommendation-impact']").TextContent);
        Assert.Equal("99.6%", card.Find("[data-testid='recommendation-confidence']").TextContent);
        Assert.Equal("> 99.9%", RecommendationTexts.Confidence(0.99995));
        Assert.Equal(["ctr start 0.0241", "days 10", "spend 1,234.5"], card.FindAll("[data-testid='recommendation-figure']").Select(f => Squeezed(f.TextContent)));
        Assert.Contains("adjusted p = 0.0004", Squeezed(card.Find("[data-testid='recommendation-evidence']").TextContent), StringComparison.Ordinal);
        Assert.Equal("pause", card.Find("[data-testid='recommendation-actions']").TextContent);
        Assert.Empty(card.FindAll("button"));
    }

    [Fact]
    public void AnEditorConfirmsBeforeApplyingAndOnlyTheConfirmationApplies()
    {
        var applied = 0;
        var card = Card(Open(), mayAct: true, onApply: () => applied++);
        Assert.Equal(["apply", "accept", "dismiss"], card.FindAll("button").Select(b => b.GetAttribute("data-testid")));

        card.Find("[data-testid='apply']").Click();
        Assert.Equal(0, applied);
        Assert.Contains("Applying will pause on meta:c03 now", Squeezed(card.Find("[data-testid='confirm-apply']").TextContent), StringComparison.Ordinal);

        card.Find("[data-testid='apply-confirm']").Click();
        Assert.Equal(1, applied);
    }

    [Fact]
    public void AnAcceptedOneMayStillBeAppliedOrDismissedAndAnAppliedOneShowsWhatHappenedAfter()
    {
        var accepted = Card(Open(), mayAct: true);
        accepted.Render(p => p.Add(c => c.Item, Open(RecommendationStatus.Accepted)));
        Assert.Equal(["apply", "dismiss"], accepted.FindAll("button").Select(b => b.GetAttribute("data-testid")));

        var outcome = new RecommendationOutcome
        {
            AppliedDay = new Microsoft.Kiota.Abstractions.Date(2026, 11, 20),
            DaysBefore = 14,
            DaysAfter = 8,
            RateBefore = 0.0125,
            RateAfter = 0.0151,
            MeasuredWeeklyChange = 12.5,
            Verdict = "asExpected",
            Expected = Open().Impact,
        };
        var applied = Card(Open(RecommendationStatus.Applied, outcome), mayAct: true);
        Assert.Empty(applied.FindAll("button"));
        Assert.Contains(
            "Over 8 days after 2026-11-20 against 14 days before, conversions per unit of spend went from 0.0125 to 0.0151: +12.50 conversions a week, against the expected +14.20 conversions a week (80%: +9.10 to +19.30). As expected: within the 80% interval.",
            Squeezed(applied.Find("[data-testid='recommendation-outcome']").TextContent), StringComparison.Ordinal);
    }

    [Fact]
    public void DismissAsksForAReasonAndTheApisWordsAboutItShowAtTheField()
    {
        string? sent = null;
        var card = Card(Open(), mayAct: true, onDismiss: reason => sent = reason);

        card.Find("[data-testid='dismiss']").Click();
        card.Find("textarea").Input("Seasonal campaign, keep it");
        card.Find("[data-testid='dismiss-confirm']").Click();
        Assert.Equal("Seasonal campaign, keep it", sent);

        var blank = new ApiFailure(400, "One or more validation errors occurred.", new Dictionary<string, string[]> { ["reason"] = ["Say why, in 1-500 characters."] });
        card.Render(p => p.Add(c => c.Refusal, new RecommendationRefusal("dismiss", blank)));
        Assert.Contains("Say why, in 1-500 characters.", card.Markup, StringComparison.Ordinal);
        Assert.Empty(card.FindAll("[data-testid='recommendation-refusal']"));
    }

    [Fact]
    public void TheApisRefusalShowsInWordsWithoutTheRecommendationsId()
    {
        var card = Card(Open(), mayAct: true);

        card.Render(p => p.Add(c => c.Refusal, new RecommendationRefusal("apply", new ApiFailure(409, Deferred, new Dictionary<string, string[]>()))));

        Assert.Equal("Not applied: This recommendation was deferred: the campaign's action budget is spent. It stays open; apply again later.",
            card.Find("[data-testid='recommendation-refusal']").TextContent);
        Assert.Equal("Could not accept it: The API cannot be reached; try again in a moment.",
            RecommendationTexts.Refusal("accept", new ApiFailure(503, "The API cannot be reached; try again in a moment.", new Dictionary<string, string[]>())));
    }

    private IRenderedComponent<RecommendationCard> Card(Recommendation item, bool mayAct, Action? onApply = null, Action<string>? onDismiss = null) =>
        Render<RecommendationCard>(parameters => parameters
            .Add(c => c.Item, item)
            .Add(c => c.Tenant, "shop")
            .Add(c => c.MayAct, mayAct)
            .Add(c => c.OnApply, onApply ?? (() => { }))
            .Add(c => c.OnDismiss, onDismiss ?? (_ => { })));

    private static string Squeezed(string text) => string.Join(' ', text.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));

    private static Recommendation Open(RecommendationStatus status = RecommendationStatus.Open, RecommendationOutcome? outcome = null) => new()
    {
        Id = Guid.Parse("6f1c2a9e-4b7d-4e2a-9c1f-0a2b3c4d5e6f"),
        Kind = RecommendationKind.PauseCampaign,
        Target = "meta:c03",
        Campaigns = ["meta:c03"],
        Title = "Pause meta:c03: it pays 3.1 times the others' cost per conversion",
        Explanation = "meta:c03 paid 96.10 per conversion over the 28 days.",
        Evidence = new RecommendationEvidence
        {
            Test = "One-sided Poisson rate test",
            From = new Microsoft.Kiota.Abstractions.Date(2026, 11, 8),
            To = new Microsoft.Kiota.Abstractions.Date(2026, 12, 5),
            PValue = 0.00002,
            AdjustedPValue = 0.0004,
            Tested = 12,
            Figures = new RecommendationEvidence_figures
            {
                AdditionalData = new Dictionary<string, object> { ["ctrStart"] = new UntypedDouble(0.0241), ["days"] = new UntypedInteger(10), ["spend"] = 1234.5m },
            },
        },
        Impact = new RecommendationImpact { Metric = "conversions", Value = 14.2, Lower80 = 9.1, Upper80 = 19.3, Assumption = "Its spend at the others' rate." },
        Confidence = 0.9956,
        Priority = 14.14,
        Actions = [new RuleAction { Type = RuleActionType.Pause }],
        Status = status,
        StatusBy = "ana@example.com",
        CreatedAt = new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero),
        UpdatedAt = new DateTimeOffset(2026, 12, 6, 8, 0, 0, TimeSpan.Zero).AddMinutes((int)status),
        AppliedAt = status == RecommendationStatus.Applied ? new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero) : null,
        Outcome = outcome,
    };
}
