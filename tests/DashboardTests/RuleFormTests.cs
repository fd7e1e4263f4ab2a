using GrainMarketing.Dashboard.Components.Pages.Tenant.Automation;
using GrainMarketing.Dashboard.Components.Shared;

namespace GrainMarketing.DashboardTests;

/// <summary>The rule editor's inputs: the API's message under the input it names, rows added and removed, nothing to change for viewers.</summary>
public sealed class RuleFormTests : DashboardContext, IAsyncLifetime
{
    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's selects hold a service that only disposes asynchronously.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    [Fact]
    public void TheApisMessageShowsUnderTheInputItNamesAndARowsMessageUnderItsRow()
    {
        var draft = RuleDraft.New();
        draft.Conditions.Add(new ConditionDraft());
        var failure = new ApiFailure(400, "See errors.", new Dictionary<string, string[]>
        {
            ["conditions[1].threshold"] = ["Must not be negative: no sum or KPI is."],
            ["actions"] = ["A rule cannot both pause and resume its targets."],
        });

        var form = Render<RuleForm>(p => p.Add(f => f.Draft, draft).Add(f => f.Errors, RuleFieldErrors.From(failure, 2, 1)));

        var thresholds = form.FindAll("[data-testid^=condition-] .mud-input-control").Where(c => c.TextContent.Contains("Threshold", StringComparison.Ordinal)).ToList();
        Assert.Equal(2, thresholds.Count);
        Assert.DoesNotContain("Must not be negative", thresholds[0].TextContent, StringComparison.Ordinal);
        Assert.Contains("Must not be negative", thresholds[1].TextContent, StringComparison.Ordinal);
        Assert.Equal("A rule cannot both pause and resume its targets.", form.Find("[data-field=actions]").TextContent);
    }

    [Fact]
    public void RowsAreAddedAndRemovedInTheForm()
    {
        var draft = RuleDraft.New();
        var form = Render<RuleForm>(p => p.Add(f => f.Draft, draft).Add(f => f.Errors, RuleFieldErrors.None));

        form.Find("#add-condition").Click();
        form.Find("#add-action").Click();
        form.Find("[aria-label='Remove condition 1']").Click();

        Assert.Equal((1, 2), (draft.Conditions.Count, draft.Actions.Count));
        Assert.Single(form.FindAll("[data-testid^=condition-]"));
    }

    [Fact]
    public void AReadOnlyFormOffersNothingToChange()
    {
        var form = Render<RuleForm>(p => p.Add(f => f.Draft, RuleDraft.New()).Add(f => f.Errors, RuleFieldErrors.None).Add(f => f.ReadOnly, true));

        Assert.Empty(form.FindAll("#add-condition, #add-action, [aria-label^=Remove]"));
        Assert.NotEmpty(form.FindAll("input[readonly]"));
        Assert.Empty(form.FindAll("input[type=text]:not([readonly])"));
    }
}
