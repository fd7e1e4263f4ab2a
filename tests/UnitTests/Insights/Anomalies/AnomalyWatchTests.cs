using GrainMarketing.Automation;
using GrainMarketing.Insights.Anomalies;
using GrainMarketing.Metrics;

namespace GrainMarketing.UnitTests.Insights.Anomalies;

public sealed class AnomalyWatchTests
{
    private const string Series = "acme/meta/916";
    private static readonly DateTimeOffset Start = new(2026, 11, 2, 0, 0, 0, TimeSpan.Zero);

    /// <summary>An ordinary batch: four a hour, 1,000 impressions, 40 clicks, 20.00 spent, 2 conversions worth 90.</summary>
    private static readonly MetricTotals Ordinary = new(1000, 900, 40, 20m, 2m, 90m);

    private readonly Dictionary<long, MetricTotals> _hours = [];
    private readonly AnomalyWatchState _state = new();

    [Fact]
    public void ConversionsStoppingWhileSpendContinuesIsABrokenPixelFoundOnceAtIngest()
    {
        var at = Steady(hours: 48);

        var findings = BrokenPixels(at, batches: 8);

        // At 0.1 conversions a unit of spend, 120.00 without one has a chance of e^-12 (4.37 deviations, short of 4.5);
        // the seventh batch makes it 140.00 and e^-14 (4.79 deviations).
        var pixel = Assert.Single(findings);
        Assert.Equal((AnomalyMetric.Conversions, 0.0), (pixel.Metric, pixel.Observed));
        Assert.Equal(14, pixel.Expected.Value, 6);
        Assert.InRange(pixel.Score, 4.7, 4.9);
        Assert.True(pixel.Severity >= AlertSeverity.Error);
    }

    [Fact]
    public void ABrokenPixelThatLastsHoursTurnsCriticalOnce()
    {
        var at = Steady(hours: 48);

        var findings = BrokenPixels(at, batches: 24);

        // Eight conversions an hour stop. At a threshold of 4.5 a detection needs 12.6 conversions lost: found at 14 (140.00
        // spent) as an error; critical at twice that, 26 lost (260.00 spent, the 13th batch, three and a quarter hours in);
        // six hours without one raise nothing more.
        Assert.Equal(12.59, AnomalyFinding.DetectableConversions(4.5), 2);
        Assert.Equal([(AlertSeverity.Error, 14.0), (AlertSeverity.Critical, 26.0)], findings.Select(f => (f.Severity, Math.Round(f.Expected.Value, 6))));
        Assert.Contains("Critical: at least 2 times the 12.6 conversions", findings[1].Evidence);
    }

    [Theory]
    [InlineData(13, AlertSeverity.Error)]
    [InlineData(25, AlertSeverity.Error)]
    [InlineData(26, AlertSeverity.Critical)]
    [InlineData(40, AlertSeverity.Critical)]
    public void ABrokenPixelIsAnErrorWhenFoundAndCriticalPastTwiceTheConversionsADetectionNeeds(double lost, AlertSeverity severity) =>
        Assert.Equal(severity, AnomalyFinding.PixelSeverity(lost, 4.5));

    [Fact]
    public void ASpendSpikeIsFoundInTheOpenHourWithItsBand()
    {
        var at = Steady(hours: 48);

        var spike = Assert.Single(Batch(at, Ordinary with { Spend = 400m }), f => f.Metric == AnomalyMetric.Spend);

        Assert.Equal(AnomalyKind.SpendSpike, spike.Kind);
        Assert.Equal(400, spike.Observed);
        Assert.InRange(spike.Expected.Value, 70, 90);
        Assert.True(spike.Expected.Upper(spike.Threshold) < 400);
        Assert.Equal(AlertSeverity.Critical, spike.Severity);
    }

    [Fact]
    public void AQuietSeriesBelowTheMinimumVolumeRaisesNothing()
    {
        var small = new MetricTotals(50, 45, 1, 0.5m, 0.05m, 2m);
        var at = Steady(hours: 48, batch: small);

        Assert.Empty(Batch(at, small with { Spend = 20m, Clicks = 3 }));
    }

    [Fact]
    public void ACtrCollapseIsFoundAndALastingOneIsReportedOnce()
    {
        var at = Steady(hours: 48);
        var collapsed = Ordinary with { Clicks = 4, Impressions = 1000 };

        var findings = Enumerable.Range(0, 12).SelectMany(i => Batch(at.AddMinutes(i * 15), collapsed)).Where(f => f.Metric == AnomalyMetric.Ctr).ToList();

        Assert.Equal(AnomalyKind.CtrCollapse, Assert.Single(findings).Kind);
    }

    [Fact]
    public void FalsePositivesOnASeriesRaiseItsThresholdAndOnlyThatSeries()
    {
        var key = AnomalyTuning.SeriesKey(AnomalyLevel.Campaign, Series, AnomalyMetric.Spend);
        var tuned = AnomalyTuning.Default with { FalsePositives = new Dictionary<string, int> { [key] = 3 } };

        Assert.Equal(4.5 * 1.2 * 1.2 * 1.2, tuned.Threshold(AnomalyLevel.Campaign, Series, AnomalyMetric.Spend), 9);
        Assert.Equal(4.5, tuned.Threshold(AnomalyLevel.Campaign, Series, AnomalyMetric.Ctr), 9);
        Assert.Equal(4.5, tuned.Threshold(AnomalyLevel.Tenant, "acme", AnomalyMetric.Spend), 9);
    }

    [Fact]
    public void AModerateSpikeFoundAtTheDefaultSensitivityIsNotFoundOnASeriesWithFalsePositives()
    {
        var key = AnomalyTuning.SeriesKey(AnomalyLevel.Campaign, Series, AnomalyMetric.Spend);
        var tuned = AnomalyTuning.Default with { FalsePositives = new Dictionary<string, int> { [key] = AnomalyTuning.MaxFalsePositivesCounted } };
        var (plain, corrected) = (new AnomalyWatchTests(), new AnomalyWatchTests());
        var at = plain.Steady(hours: 48);
        corrected.Steady(hours: 48);

        var found = Assert.Single(plain.Batch(at, Ordinary with { Spend = 150m }), f => f.Metric == AnomalyMetric.Spend);

        Assert.InRange(found.Score, 4.5, 4.5 * Math.Pow(1.2, 6));
        Assert.DoesNotContain(corrected.Batch(at, Ordinary with { Spend = 150m }, tuned), f => f.Metric == AnomalyMetric.Spend);
    }

    [Theory]
    [InlineData(22, 7, 23, true)]
    [InlineData(22, 7, 3, true)]
    [InlineData(22, 7, 7, false)]
    [InlineData(1, 5, 0, false)]
    [InlineData(1, 5, 4, true)]
    public void QuietHoursMaySpanMidnight(int from, int to, int hour, bool quiet) =>
        Assert.Equal(quiet, (AnomalySettings.Default with { QuietFrom = from, QuietTo = to }).IsQuiet(hour));

    [Fact]
    public void SettingsOutOfRangeNameEachField()
    {
        var settings = AnomalySettings.Default with { Sensitivity = 2, Metrics = [], MinimumClicks = -1, QuietFrom = 3 };

        var refused = Assert.Throws<Errors.ValidationFailedException>(settings.Validate);

        Assert.Equal(["metrics", "minimumClicks", "quietTo", "sensitivity"], refused.Errors.Keys.Order());
    }

    /// <summary>Four ordinary batches an hour for <paramref name="hours"/> hours; answers the start of the next hour.</summary>
    private DateTimeOffset Steady(int hours, MetricTotals? batch = null)
    {
        for (var quarter = 0; quarter < hours * 4; quarter++)
        {
            Assert.Empty(Batch(Start.AddMinutes(quarter * 15), batch ?? Ordinary));
        }

        return Start.AddHours(hours);
    }

    /// <summary>The broken-pixel findings of <paramref name="batches"/> ordinary quarter-hour batches without a conversion from <paramref name="at"/>.</summary>
    private List<AnomalyFinding> BrokenPixels(DateTimeOffset at, int batches) =>
    [
        .. Enumerable.Range(0, batches)
            .SelectMany(i => Batch(at.AddMinutes(i * 15), Ordinary with { Conversions = 0, ConversionValue = 0 }))
            .Where(f => f.Kind == AnomalyKind.BrokenPixel),
    ];

    private IReadOnlyList<AnomalyFinding> Batch(DateTimeOffset at, MetricTotals change, AnomalyTuning? tuning = null)
    {
        var hour = at.ToUnixTimeSeconds() / 3600;
        _hours[hour] = _hours.GetValueOrDefault(hour) + change;
        return new AnomalyWatch(AnomalyLevel.Campaign, Series, TimeZoneInfo.Utc)
            .Observe(_state, at, instant => _hours.GetValueOrDefault(instant.ToUnixTimeSeconds() / 3600), tuning ?? AnomalyTuning.Default);
    }
}
