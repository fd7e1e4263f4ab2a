using GrainMarketing.Offers;
using GrainMarketing.Profiles;

namespace GrainMarketing.UnitTests.Analysis;

/// <summary>Settings the analysis API reads from JSON may hold nulls anywhere; each is named, none fails the check.</summary>
public sealed class BehaviorSettingsRulesTests
{
    [Fact]
    public void ANullCampaignIsNamedByItsPathBesideTheOtherBrokenRules()
    {
        var settings = BehaviorSettings.Default with
        {
            HoldoutShare = 0.7,
            Campaigns = [null!, CampaignDefaults.All[1] with { Offer = null!, Criteria = null! }, CampaignDefaults.All[1]],
        };

        var errors = BehaviorSettingsRules.Validate(settings);

        Assert.Equal(["campaigns[0]", "campaigns[1].criteria", "campaigns[1].offer", "campaigns[2].type", "holdoutShare"], errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void TheDefaultsAreValid() => Assert.Empty(BehaviorSettingsRules.Validate(BehaviorSettings.Default));
}
