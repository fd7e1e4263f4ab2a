using System.Globalization;
using GrainMarketing.Dashboard.Api.Client.Models;
using GrainMarketing.Dashboard.Components.Pages.Tenant.Experiments;

namespace GrainMarketing.DashboardTests;

public sealed class ExperimentsPageLogicTests : DashboardContext
{
    [Fact]
    public void TheFormSendsTheVariantsAsAListAndOnlyTheScaleItsMetricNeeds()
    {
        var form = new ExperimentForm { Name = " Checkout ", Variants = "old,\n new , \n", MinimumDetectableEffect = 0.02, Baseline = 0.1, StandardDeviation = 3 };

        var request = form.ToRequest();

        Assert.Equal(("Checkout", "conversionRate", 0.1, null), (request.Name, request.Metric, request.Baseline, request.StandardDeviation));
        Assert.Equal(["old", "new"], request.Variants);
        form.Metric = "cpa";
        Assert.Equal((null, 3.0), (form.ToRequest().Baseline, form.ToRequest().StandardDeviation));
        Assert.True(form.UsesCampaigns);
    }

    [Fact]
    public void TheChartDrawsEachVariantsBoundsAsTheirOwnSeriesInPercentAndSkipsAVariantWithoutData()
    {
        var analysis = new MetricAnalysis
        {
            Measure = "conversionRate",
            Variants =
            [
                new VariantResult { Variant = "a", Estimate = 0.1, Low = 0.08, High = 0.12 },
                new VariantResult { Variant = "b", Estimate = 0.2, Low = 0.17, High = 0.23 },
                new VariantResult { Variant = "c", Units = 0 },
            ],
        };

        var series = ExperimentChart.Series(analysis);

        Assert.Equal(["a", "b"], ExperimentChart.Labels(analysis));
        Assert.Equal([ExperimentChart.Lower, ExperimentChart.Estimate, ExperimentChart.Upper], series.Select(s => s.Name));
        Assert.Equal([8.0, 17.0], Values(series[0]));
        Assert.Equal([12.0, 23.0], Values(series[2]));
    }

    [Fact]
    public void RatesReadInPercentAndPointsMeansAsNumbersAndTinyPValuesAsABound()
    {
        Assert.Equal("1.253%", ExperimentTexts.Value("conversionRate", 0.012531));
        Assert.Equal("+0.681 pp", ExperimentTexts.Difference("conversionRate", 0.0068050));
        Assert.Equal("-0.42", ExperimentTexts.Difference("valuePerUnit", -0.4244));
        Assert.Equal("< 0.0001", ExperimentTexts.PValue(1.5e-13));
        Assert.Equal("0.0011", ExperimentTexts.PValue(0.0011294));
        Assert.Equal("too little data", ExperimentTexts.Interval(v => ExperimentTexts.Value("cpa", v), null, 3));
    }

    [Fact]
    public void TheVerdictNamesTheWinnerAndSaysWhatEachOutcomeMeans()
    {
        Assert.Equal("Winner: b", ExperimentTexts.Verdict(new ExperimentResults { Verdict = ExperimentVerdict.Winner, Winner = "b" }));
        Assert.Equal("No difference", ExperimentTexts.Verdict(new ExperimentResults { Verdict = ExperimentVerdict.NoDifference }));
        Assert.Contains("cannot tell", ExperimentTexts.VerdictExplained(new ExperimentResults { Verdict = ExperimentVerdict.Underpowered }), StringComparison.Ordinal);
        Assert.Contains("does not spoil", ExperimentTexts.VerdictExplained(new ExperimentResults { Verdict = ExperimentVerdict.Running }), StringComparison.Ordinal);
    }

    private static double[] Values(MudBlazor.ChartSeries<double> series) =>
        [.. series.Data.Values.Select(v => Math.Round(Convert.ToDouble(v, CultureInfo.InvariantCulture), 9))];
}
