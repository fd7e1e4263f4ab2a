using GrainMarketing.Automation;
using GrainMarketing.Connectors;
using GrainMarketing.Connectors.WriteBack;

namespace GrainMarketing.UnitTests.Connectors.WriteBack;

public sealed class PlatformChangeTests
{
    private static readonly DateTimeOffset At = new(2026, 12, 7, 10, 0, 0, TimeSpan.Zero);

    [Fact]
    public void ACampaignPauseAndAnAdSetBudgetReadAsTheEntityAndValueToSet()
    {
        var pause = PlatformChange.Read(Change("meta:916", "status", "paused"), "EUR");
        var budget = PlatformChange.Read(Change("meta:916/adset/12", "dailyBudget", "45.50"), "EUR");

        Assert.Equal(new PlatformChange("916", null, false, null, "EUR"), pause.Change);
        Assert.Equal("12", budget.Change!.EntityId);
        Assert.Equal(45.50m, budget.Change.Budget);
    }

    [Fact]
    public void ACreativeOrAnArchiveIsNotPushedAndSaysWhy()
    {
        var creative = PlatformChange.Read(Change("meta:916/creative/77", "status", "paused"), "EUR");
        var archive = PlatformChange.Read(Change("meta:916", "status", "archived"), "EUR");

        Assert.Null(creative.Change);
        Assert.Contains("by hand", creative.Problem, StringComparison.Ordinal);
        Assert.Null(archive.Change);
        Assert.Contains("'archived'", archive.Problem, StringComparison.Ordinal);
    }

    [Fact]
    public void EachPlatformDescribesTheChangeInItsOwnForm()
    {
        using var http = new HttpClient();
        var endpoints = new PlatformEndpoints { ApiBaseUrl = new Uri("http://127.0.0.1:9/"), ApiVersion = "v1" };
        var budget = new PlatformChange("916", null, null, 12.345m, "USD");
        var yen = budget with { Budget = 1500.5m, Currency = "JPY" };

        Assert.Equal("POST 916 daily_budget=1235", new MetaWriter(http, endpoints).Describe(budget));
        Assert.Equal("POST 916 daily_budget=1501", new MetaWriter(http, endpoints).Describe(yen));
        Assert.Equal("campaignBudgets:mutate (campaign 916) amountMicros=12350000", new GoogleWriter(http, endpoints, "123").Describe(budget));
        Assert.Equal("campaign/update/ 916 budget=12.35", new TikTokWriter(http, endpoints, "7").Describe(budget));
        Assert.Equal("PUT campaign 916 daily_budget_micro=12350000", new SnapchatWriter(http, endpoints, "a").Describe(budget));
        Assert.Equal("campaigns:mutate customers/123/campaigns/916 status=PAUSED", new GoogleWriter(http, endpoints, "123").Describe(budget with { Budget = null, Active = false }));
        Assert.True(new MetaWriter(http, endpoints).Limited(budget));
        Assert.False(new MetaWriter(http, endpoints).Limited(budget with { Budget = null, Active = true }));
    }

    private static PendingPlatformChange Change(string target, string field, string to) => new(target, field, null, to, At, Guid.NewGuid(), Guid.NewGuid());
}
