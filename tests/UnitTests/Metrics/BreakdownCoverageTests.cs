using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Metrics;

public sealed class BreakdownCoverageTests
{
    private static readonly (AdPlatform, IReadOnlyList<Dimensions>)[] Sources =
    [
        (AdPlatform.Meta, [Dimensions.Age | Dimensions.Gender, Dimensions.Region]),
        (AdPlatform.Google, [Dimensions.Age, Dimensions.Gender]),
        (AdPlatform.TikTok, [Dimensions.Country]),
    ];

    [Fact]
    public void ASourceThatReportedTheDimensionsTogetherIsComplete() =>
        Assert.Empty(BreakdownCoverage.Missing(Dimensions.Age, Sources.Take(2)));

    [Fact]
    public void ACrossOfDimensionsReportedOnlySeparatelyNamesTheSourceAndWhy()
    {
        var missing = BreakdownCoverage.Missing(Dimensions.Age | Dimensions.Gender, Sources);

        Assert.Equal(
            [
                new MissingSource("google", "reports age and gender but never age+gender together"),
                new MissingSource("tiktok", "reports no age+gender breakdown"),
            ],
            missing);
    }

    [Fact]
    public void ADimensionASourceNeverReportedNamesIt() =>
        Assert.Equal(["google", "tiktok"], BreakdownCoverage.Missing(Dimensions.Region, Sources).Select(m => m.Platform));
}
