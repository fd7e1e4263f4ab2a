using GrainMarketing.ApiHost.Insights.Competitors;
using GrainMarketing.Insights.Competitors;

namespace GrainMarketing.UnitTests.Insights.Competitors;

public sealed class MetaRangeTextTests
{
    [Theory]
    [InlineData("7212", 7212, 7212)]
    [InlineData("1,234", 1234, 1234)]
    [InlineData("1 234 567", 1234567, 1234567)]
    [InlineData("1\u00A0234", 1234, 1234)]
    [InlineData("1.234", 1234, 1234)]
    [InlineData("12.50", 12.5, 12.5)]
    [InlineData("≤100", 0, 100)]
    [InlineData("<= 100", 0, 100)]
    [InlineData("<100", 0, 100)]
    [InlineData("1K-5K", 1000, 5000)]
    [InlineData("$1K-$5K", 1000, 5000)]
    [InlineData("€100 - €499", 100, 499)]
    [InlineData("1,000–4,999", 1000, 4999)]
    [InlineData("2.5K-3M", 2500, 3000000)]
    [InlineData("100-199 USD", 100, 199)]
    public void MetasWaysOfWritingAFigureAreRead(string cell, double low, double high)
    {
        Assert.Equal(new MetaRange((decimal)low, (decimal)high), MetaRangeText.Parse(cell));
    }

    [Theory]
    [InlineData("1M+", 1000000)]
    [InlineData(">1M", 1000000)]
    [InlineData("> 1,000,000", 1000000)]
    public void AnOpenRangeHasNoUpperEnd(string cell, double low)
    {
        Assert.Equal(new MetaRange((decimal)low, null), MetaRangeText.Parse(cell));
    }

    [Theory]
    [InlineData("")]
    [InlineData("--")]
    [InlineData("lots")]
    [InlineData("5K-1K")]
    [InlineData("1,23")]
    [InlineData("12,3456")]
    public void AnythingElseIsNotARange(string cell)
    {
        Assert.Null(MetaRangeText.Parse(cell));
    }

    [Fact]
    public void CountsAreWholeNumbers()
    {
        Assert.Equal((1204, (int?)null, (int?)null), (MetaRangeText.Count("1,204"), MetaRangeText.Count("3.5"), MetaRangeText.Count("")));
    }
}
