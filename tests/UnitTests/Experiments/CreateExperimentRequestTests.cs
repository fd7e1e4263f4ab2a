using GrainMarketing.ApiHost.Experiments;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Errors;
using GrainMarketing.Experiments;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Experiments;

public sealed class CreateExperimentRequestTests
{
    [Fact]
    public void EveryBadFieldIsNamedAtOnce()
    {
        var request = new CreateExperimentRequest("", "clicks", ["only"], 0, 0.7, 0.4);

        var refused = Assert.Throws<ValidationFailedException>(() => request.Read("t", [], new ValidationErrors()));

        Assert.Equal(["alpha", "metric", "minimumDetectableEffect", "name", "power", "variants"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    [Fact]
    public void ARateNeedsItsBaselineAndARatioItsStandardDeviation()
    {
        var rate = Assert.Throws<ValidationFailedException>(() => new CreateExperimentRequest("A", "conversionRate", ["a", "b"], 0.01).Read("t", [], new ValidationErrors()));
        var ratio = Assert.Throws<ValidationFailedException>(() => new CreateExperimentRequest("A", "cpa", ["meta:1", "meta:2"], 1).Read("t", Known, new ValidationErrors()));

        Assert.Equal(["baseline"], rate.Errors.Keys);
        Assert.Equal(["standardDeviation"], ratio.Errors.Keys);
    }

    [Fact]
    public void CampaignVariantsMustBeTheTenantsAndAreWrittenInTheirCanonicalForm()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => new CreateExperimentRequest("A", "ctr", ["META:1", "meta:9", "nope"], 0.01, Baseline: 0.02).Read("t", Known, new ValidationErrors()));
        var draft = new CreateExperimentRequest("A", "CTR", ["META:1", "meta:2"], 0.01, Baseline: 0.02).Read("t", Known, new ValidationErrors());

        Assert.Equal(["variants[1]", "variants[2]"], refused.Errors.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((ExperimentMetric.Ctr, 0.05, 0.8), (draft.Metric, draft.Alpha, draft.Power));
        Assert.Equal(["meta:1", "meta:2"], draft.Variants);
    }

    [Fact]
    public void AlphaOfHalfIsTheLargestAllowed()
    {
        var draft = new CreateExperimentRequest("A", "conversionRate", ["a", "b"], 0.01, 0.5, 0.51, 0.1).Read("t", [], new ValidationErrors());

        Assert.Equal(0.5, draft.Alpha);
    }

    [Fact]
    public void ObservationsNeedAVariantAndAConvertedFlag()
    {
        var refused = Assert.Throws<ValidationFailedException>(() => new ObservationsRequest([new("a", true, 1), new(null, true), new("b", null, 2)]).Read());

        Assert.Equal(["observations[1].variant", "observations[2].converted"], refused.Errors.Keys.Order(StringComparer.Ordinal));
    }

    private static readonly CampaignKey[] Known = [new("t", AdPlatform.Meta, "1"), new("t", AdPlatform.Meta, "2")];
}
