using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Metrics;

public sealed class DemographicLabelsTests
{
    [Theory]
    [InlineData("18-24", "18-24")]
    [InlineData("65+", "65+")]
    [InlineData("30-34", "25-34")]
    [InlineData("35-39", "35-44")]
    [InlineData("40-44", "35-44")]
    [InlineData("45-49", "45-54")]
    [InlineData("18 - 24", "18-24")]
    [InlineData("65 or more", "65+")]
    [InlineData("Undetermined", "unknown")]
    [InlineData("30-39", "unknown")]
    [InlineData("", "unknown")]
    [InlineData(null, "unknown")]
    public void AgeLabelsMapToThePlatformBands(string? label, string band) => Assert.Equal(band, DemographicLabels.NormalizeAge(label));

    [Theory]
    [InlineData("F", "female")]
    [InlineData("Female", "female")]
    [InlineData("m", "male")]
    [InlineData("MALE", "male")]
    [InlineData("Undetermined", "unknown")]
    [InlineData(null, "unknown")]
    public void GenderLabelsMapToFemaleMaleOrUnknown(string? label, string gender) => Assert.Equal(gender, DemographicLabels.NormalizeGender(label));
}
