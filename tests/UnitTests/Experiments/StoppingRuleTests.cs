using GrainMarketing.Experiments;

namespace GrainMarketing.UnitTests.Experiments;

public sealed class StoppingRuleTests
{
    [Fact]
    public void AVariantClearlyBetterThanTheControlWins()
    {
        var results = Analyze(ExperimentStatus.Running, (10_000, 500), (10_000, 700));

        Assert.Equal((ExperimentVerdict.Winner, "v1"), (results.Verdict, results.Winner));
    }

    [Fact]
    public void TheControlWinsWhenTheOnlyDifferenceIsAVariantDoingWorse()
    {
        var results = Analyze(ExperimentStatus.Running, (10_000, 700), (10_000, 500));

        Assert.Equal((ExperimentVerdict.Winner, "v0"), (results.Verdict, results.Winner));
    }

    [Fact]
    public void EqualVariantsAtTheSampleSizeShowNoDifference()
    {
        var results = Analyze(ExperimentStatus.Running, (10_000, 500), (10_000, 502));

        Assert.Equal((ExperimentVerdict.NoDifference, null), (results.Verdict, results.Winner));
    }

    [Fact]
    public void EqualVariantsBelowTheSampleSizeAreRunningUntilStoppedThenUnderpowered()
    {
        Assert.Equal(ExperimentVerdict.Running, Analyze(ExperimentStatus.Running, (1_000, 50), (1_000, 51)).Verdict);
        Assert.Equal(ExperimentVerdict.Underpowered, Analyze(ExperimentStatus.Stopped, (1_000, 50), (1_000, 51)).Verdict);
    }

    [Fact]
    public void TheSequentialPValueNeverRisesAgainOnceLow()
    {
        var draft = RequiredSampleSizeTests.Draft(ExperimentMetric.ConversionRate, 2, 0.05, null, 0.01);
        var experiment = new Experiment("exp-1", draft, RequiredSampleSize.For(draft), ExperimentStatus.Running, DateTimeOffset.UnixEpoch, null, "test", 1);
        var (first, minima) = ExperimentAnalyzer.Analyze(experiment, Measures((10_000, 500), (10_000, 700)), new Dictionary<string, double>(), DateTimeOffset.UnixEpoch, null);
        var (second, _) = ExperimentAnalyzer.Analyze(experiment, Measures((20_000, 1_200), (20_000, 1_000)), minima, DateTimeOffset.UnixEpoch, null);

        Assert.Equal(first.Analyses[0].Comparisons[0].SequentialPValue, second.Analyses[0].Comparisons[0].SequentialPValue);
        Assert.True(second.Analyses[0].Comparisons[0].Difference < 0);
    }

    [Fact]
    public void TheRuleIsWrittenInWordsWithTheSharedAlphaAndTheSampleSize()
    {
        var draft = RequiredSampleSizeTests.Draft(ExperimentMetric.ConversionRate, 3, 0.1, null, 0.02);
        var rule = StoppingRule.Describe(new Experiment("exp-1", draft, RequiredSampleSize.For(draft), ExperimentStatus.Running, DateTimeOffset.UnixEpoch, null, "test", 1));

        Assert.Contains("at or below 0.025 (alpha 0.05 shared by 2 comparisons)", rule, StringComparison.Ordinal);
        Assert.Contains("every variant has 4,652 observations", rule, StringComparison.Ordinal);
    }

    private static ExperimentResults Analyze(ExperimentStatus status, params (long Units, int Successes)[] variants)
    {
        var draft = RequiredSampleSizeTests.Draft(ExperimentMetric.ConversionRate, variants.Length, 0.05, null, 0.01);
        var experiment = new Experiment("exp-1", draft, new SampleSize(5_000, "observations", "given"), status, DateTimeOffset.UnixEpoch, null, "test", 1);
        return ExperimentAnalyzer.Analyze(experiment, Measures(variants), new Dictionary<string, double>(), DateTimeOffset.UnixEpoch, null).Results;
    }

    private static MeasureTallies[] Measures(params (long Units, int Successes)[] variants) =>
        [new("conversionRate", Proportion: true, LowerIsBetter: false, Sequential: true, [.. variants.Select(v => new VariantTally(v.Units, v.Successes, 0, 0))])];
}
