using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;
using GrainMarketing.Dashboard.Insights;
using Microsoft.Kiota.Abstractions.Serialization;

namespace GrainMarketing.DashboardTests.Insights;

public sealed class MissingHistoryTests : DashboardContext
{
    [Fact]
    public void AnInsufficientHistoryConflictNamesEachRequirementInWords()
    {
        var missing = MissingHistory.From(Problem(409, "https://grainmarketing.dev/problems/insufficient-history", new() { ["days"] = "28 needed, 9 recorded", ["spendVariation"] = "10% needed, 2.0% recorded" }));

        Assert.NotNull(missing);
        Assert.Equal("A forecast needs at least four weeks of daily history.", missing.Reason);
        Assert.Equal(["Days of history: 28 needed, 9 recorded", "Variation in daily spend: 10% needed, 2.0% recorded"], missing.Requirements.Select(r => r.Sentence));
        Assert.Equal("Bid caps: 3 needed", new MissingRequirement("bidCaps", "3 needed").Sentence);
    }

    [Fact]
    public void AnyOtherProblemIsNotMissingHistory()
    {
        Assert.Null(MissingHistory.From(Problem(409, "https://grainmarketing.dev/problems/conflict", new() { ["days"] = "x" })));
        Assert.Null(MissingHistory.From(Problem(404, "https://grainmarketing.dev/problems/insufficient-history", [])));
    }

    [Fact]
    public async Task ACallRefusedForShortHistoryIsMissingNotAFailure()
    {
        var call = await InsightCall<ForecastResponse>.RunAsync(() => throw Problem(409, "https://grainmarketing.dev/problems/insufficient-history", new() { ["days"] = "28 needed, 9 recorded" }));
        var refused = await InsightCall<ForecastResponse>.RunAsync(() => throw Problem(403, "https://grainmarketing.dev/problems/forbidden", []));

        Assert.Equal((null, "days"), (call.Failure, call.Missing?.Requirements.Single().Name));
        Assert.Equal((403, null), (refused.Failure?.Status, refused.Missing));
    }

    [Fact]
    public void TheNoticeListsWhatIsMissing()
    {
        var notice = Render<MissingHistoryNotice>(parameters => parameters
            .Add(p => p.Missing, MissingHistory.From(Problem(409, "https://grainmarketing.dev/problems/insufficient-history", new() { ["days"] = "28 days with spend needed, 10 recorded" })))
            .Add(p => p.What, "The response curve")
            .Add(p => p.Name, "curve"));

        Assert.Contains("The response curve is not ready yet: A forecast needs", notice.Find("[data-testid='missing-curve']").TextContent, StringComparison.Ordinal);
        Assert.Equal(["Days of history: 28 days with spend needed, 10 recorded"], notice.FindAll("[data-testid='missing-requirement']").Select(li => li.TextContent));
    }

    private static ProblemDetails Problem(int status, string type, Dictionary<string, string> missing) => new()
    {
        ResponseStatusCode = status,
        Type = type,
        Detail = "A forecast needs at least four weeks of daily history.",
        AdditionalData = new Dictionary<string, object>
        {
            ["missing"] = new UntypedObject(missing.ToDictionary(entry => entry.Key, entry => (UntypedNode)new UntypedString(entry.Value))),
        },
    };
}
