using GrainMarketing.Automation;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Automation;

public sealed class RuleScopesTests
{
    private static readonly CampaignKey Boots = new("acme", AdPlatform.Meta, "916");
    private static readonly CampaignMetadata Winter = new(Name: "Winter Boots 2026", Status: CampaignStatus.Active);

    [Fact]
    public void NoScopeOrAnEmptyOneCoversEveryCampaign()
    {
        Assert.True(RuleScopes.Covers(null, Boots, Winter));
        Assert.True(RuleScopes.Covers(new RuleScope(Platforms: []), Boots, Winter));
    }

    [Theory]
    [InlineData("meta", null, null, null, true)]
    [InlineData("google", null, null, null, false)]
    [InlineData(null, "meta:916", null, null, true)]
    [InlineData(null, "meta:917", null, null, false)]
    [InlineData(null, null, "active", null, true)]
    [InlineData(null, null, "paused", null, false)]
    [InlineData(null, null, null, "winter*", true)]
    [InlineData(null, null, null, "*boots ????", true)]
    [InlineData(null, null, null, "summer*", false)]
    [InlineData("meta", "meta:916", "paused", null, false)]
    public void EveryListTheScopeSetsMustAllowTheCampaign(string? platform, string? campaignId, string? status, string? pattern, bool covered)
    {
        var scope = new RuleScope(
            Platforms: platform is null ? null : [platform],
            CampaignIds: campaignId is null ? null : [campaignId],
            CampaignNamePattern: pattern,
            Statuses: status is null ? null : [status]);

        Assert.Equal(covered, RuleScopes.Covers(scope, Boots, Winter));
    }

    [Fact]
    public void ANamePatternNeedsANameAndACampaignWithoutStatusCountsAsActive()
    {
        Assert.False(RuleScopes.Covers(new RuleScope(CampaignNamePattern: "*"), Boots, new CampaignMetadata()));
        Assert.True(RuleScopes.Covers(new RuleScope(Statuses: ["active"]), Boots, new CampaignMetadata()));
    }
}
