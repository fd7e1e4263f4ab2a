using GrainMarketing.Experiments;

namespace GrainMarketing.UnitTests.Experiments;

/// <summary>Sample sizes against the textbook formulas evaluated independently (mpmath, 30 digits): 3,840.85 → 3,841, 62.79 → 63, 4,651.42 → 4,652.</summary>
public sealed class RequiredSampleSizeTests
{
    [Fact]
    public void ARateOfTenPercentAgainstTwelveNeeds3841UnitsPerVariant()
    {
        var size = RequiredSampleSize.For(Draft(ExperimentMetric.ConversionRate, 2, baseline: 0.1, sd: null, mde: 0.02));

        Assert.Equal((3841L, "observations"), (size.PerVariant, size.Unit));
        Assert.Contains("Two-proportion z test", size.Method, StringComparison.Ordinal);
    }

    [Fact]
    public void ThreeVariantsShareAlphaSoEachNeedsMore()
    {
        Assert.Equal(4652L, RequiredSampleSize.For(Draft(ExperimentMetric.Ctr, 3, baseline: 0.1, sd: null, mde: 0.02)).PerVariant);
    }

    [Fact]
    public void AMeanDifferenceOfHalfAStandardDeviationNeeds63DaysPerVariant()
    {
        var size = RequiredSampleSize.For(Draft(ExperimentMetric.Cpa, 2, baseline: null, sd: 10, mde: 5));

        Assert.Equal((63L, "days with conversions"), (size.PerVariant, size.Unit));
    }

    internal static ExperimentDraft Draft(ExperimentMetric metric, int variants, double? baseline, double? sd, double mde) =>
        new("Test", metric, [.. Enumerable.Range(0, variants).Select(i => $"v{i}")], mde, 0.05, 0.8, baseline, sd);
}
