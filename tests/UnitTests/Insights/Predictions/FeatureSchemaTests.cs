using GrainMarketing.Insights.Predictions;

namespace GrainMarketing.UnitTests.Insights.Predictions;

public sealed class FeatureSchemaTests
{
    private static readonly IReadOnlyList<CampaignDay> Days = new GeneratedCampaignDays(5).Days(12, 20, new DateOnly(2026, 11, 30));
    private static readonly FeatureSchema Schema = FeatureSchema.Build(Days, RecentRates.Trailing(Days));

    [Fact]
    public void AnUnseenPlatformFillsNoPlatformSlot()
    {
        var platform = Schema.Groups().Single(group => group.Name == "platform");

        var vector = Schema.Encode(new FeatureInput("snapchat", null, null, 100, AudienceMix.Unreported, null));

        Assert.All(vector.Skip(platform.Start).Take(platform.Length), slot => Assert.Equal(0f, slot));
        Assert.Equal(Schema.Width, vector.Length);
    }

    [Fact]
    public void AnUntargetedDimensionGetsTheTypicalMixAndAnUnknownCountryCountsAsOther()
    {
        var countries = Schema.Groups().Single(group => group.Name == "countries");
        var ages = Schema.Groups().Single(group => group.Name == "ageBands");
        var audience = AudienceMix.FromPlan(new PlannedAudience([], [], ["JP"], []));

        var vector = Schema.Encode(new FeatureInput("meta", null, null, 100, audience, null));

        Assert.Equal(1f, vector[countries.Start + countries.Length - 1]);
        Assert.Equal(1, vector.Skip(ages.Start).Take(ages.Length).Sum(), 5);
        Assert.Equal((float)Schema.TypicalAudience.Ages[Schema.Ages[0]], vector[ages.Start]);
    }

    [Fact]
    public void CategoriesAreCaseBlindAndAMissingOneIsNone()
    {
        Assert.Equal("video", FeatureSchema.Category(" Video "));
        Assert.Equal(FeatureSchema.NotSet, FeatureSchema.Category(null));
    }
}
