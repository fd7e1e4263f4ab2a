using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Shared;

namespace GrainMarketing.DashboardTests;

public sealed class CampaignAutomationPanelTests : DashboardContext, IAsyncLifetime
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    public Task InitializeAsync() => Task.CompletedTask;

    /// <summary>MudBlazor's chips hold services that only dispose asynchronously.</summary>
    async Task IAsyncLifetime.DisposeAsync() => await DisposeAsync();

    [Fact]
    public void EachChangeShowsWhereItStandsAtThePlatformAndWhy()
    {
        var panel = Render<CampaignAutomationPanel>(parameters => parameters.Add(p => p.Tenant, "acme").Add(p => p.Automation, new CampaignAutomation
        {
            Tags = [],
            RecentFirings = [],
            PendingChanges =
            [
                Change("meta:916", "status", PlatformChangeState.Confirmed, sent: "POST 916 status=PAUSED"),
                Change("meta:917", "dailyBudget", PlatformChangeState.Failed, reason: "(#100) Param daily_budget must be a positive integer."),
                Change("meta:918", "dailyBudget", PlatformChangeState.Pending, reason: "The platform asked to wait: (#17) User request limit reached", retry: At.AddHours(1)),
                Change("meta:919", "status", PlatformChangeState.DryRun, sent: "POST 919 status=PAUSED"),
            ],
        }));

        var rows = panel.FindAll("[data-testid='platform-change']").Select(row => row.TextContent).ToList();
        Assert.Equal(4, rows.Count);
        Assert.Contains("confirmed", rows[0], StringComparison.Ordinal);
        Assert.Contains("POST 916 status=PAUSED", rows[0], StringComparison.Ordinal);
        Assert.Contains("failed", rows[1], StringComparison.Ordinal);
        Assert.Contains("(#100) Param daily_budget must be a positive integer.", rows[1], StringComparison.Ordinal);
        Assert.Contains("pending", rows[2], StringComparison.Ordinal);
        Assert.Contains("retry at 2026-12-07 11:00 UTC", rows[2], StringComparison.Ordinal);
        Assert.Contains("dry run", rows[3], StringComparison.Ordinal);
        Assert.Contains("would send POST 919 status=PAUSED", rows[3], StringComparison.Ordinal);
    }

    private static PendingPlatformChange Change(string target, string field, PlatformChangeState state, string? sent = null, string? reason = null, DateTimeOffset? retry = null) => new()
    {
        Target = target,
        Field = field,
        From = "active",
        To = "paused",
        At = At,
        State = state,
        Sent = sent,
        Reason = reason,
        RetryAt = retry,
    };
}
