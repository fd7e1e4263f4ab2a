using GrainMarketing.ApiHost.Analytics;
using GrainMarketing.Errors;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Analytics;

public sealed class SegmentRankingQueryTests
{
    [Fact]
    public void AgeAndGenderTogetherAreTheCross()
    {
        var selection = new SegmentRankingQuery(Dimension: "age, gender").Read();

        Assert.Equal(new SegmentSelection(Dimension.Age, Cross: true, "age,gender", "spend", "desc", 0), selection);
    }

    [Fact]
    public void OneDimensionKeepsItsNameAsSent()
    {
        var selection = new SegmentRankingQuery(Dimension: "Interest", Metric: "roas", Order: "asc", MinSpend: 5).Read();

        Assert.Equal(new SegmentSelection(Dimension.Interest, Cross: false, "Interest", "roas", "asc", 5), selection);
    }

    [Theory]
    [InlineData("country")]
    [InlineData("2")]
    [InlineData("")]
    public void ADimensionSegmentsDoNotHaveIsRefused(string dimension)
    {
        var thrown = Assert.Throws<ValidationFailedException>(() => new SegmentRankingQuery(Dimension: dimension).Read());

        Assert.Equal(["Must be one of age, gender, interest, age,gender."], thrown.Errors["dimension"]);
    }

    [Fact]
    public void GeographicRankingsTakeCountryOrRegionOnly()
    {
        Assert.Equal(Dimension.Region, new GeographicRankingQuery(By: "REGION").Read().Dimension);
        var thrown = Assert.Throws<ValidationFailedException>(() => new GeographicRankingQuery(By: "age").Read());
        Assert.Equal(["Must be one of country, region."], thrown.Errors["by"]);
    }
}
