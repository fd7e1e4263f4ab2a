using GrainMarketing.Automation;

namespace GrainMarketing.Insights.Anomalies;

/// <summary>One anomaly a detector found on a series, with the band it broke and what people said about it.</summary>
/// <param name="Number">Assigned by the store, growing with every anomaly: the paging cursor.</param>
/// <param name="Id">The same for the same series, metric, kind and hour, so a detection repeated (a replayed batch) is stored once.</param>
/// <param name="SeriesId">The campaign's key (tenant/platform/campaign) or the tenant's slug.</param>
/// <param name="Hour">The start of the hour judged (UTC); the detection came at <paramref name="DetectedAt"/>, often within that hour.</param>
/// <param name="Expected">The baseline's value for that hour; <paramref name="Lower"/> and <paramref name="Upper"/> are the band the threshold allows.</param>
/// <param name="Score">How far outside the baseline the value is, in baseline deviations (an equivalent normal deviate for a broken pixel).</param>
/// <param name="Threshold">The score the series needed to reach, after the tenant's sensitivity and the series' false positives.</param>
/// <param name="Baseline">Which history the expected value stood on; <paramref name="HistoryHours"/> hours were learned.</param>
/// <param name="Evidence">The judgement in words.</param>
/// <param name="GroupId">
/// The incident: anomalies of one series detected in the same clock hour share it (a spend spike with the CPC and CPA
/// it moved; a broken pixel with the conversion value it took along), and one alert, raised by the primary, names them all.
/// </param>
/// <param name="Alerted">False when quiet hours held the alert back; the anomaly is stored all the same.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Insights.Anomaly")]
public sealed record Anomaly(
    [property: Id(0)] long Number,
    [property: Id(1)] Guid Id,
    [property: Id(2)] AnomalyLevel Level,
    [property: Id(3)] string SeriesId,
    [property: Id(4)] AnomalyMetric Metric,
    [property: Id(5)] AnomalyKind Kind,
    [property: Id(6)] AlertSeverity Severity,
    [property: Id(7)] DateTimeOffset Hour,
    [property: Id(8)] DateTimeOffset DetectedAt,
    [property: Id(9)] double Observed,
    [property: Id(10)] double Expected,
    [property: Id(11)] double Lower,
    [property: Id(12)] double Upper,
    [property: Id(13)] double Score,
    [property: Id(14)] double Threshold,
    [property: Id(15)] AnomalyBaseline Baseline,
    [property: Id(16)] int HistoryHours,
    [property: Id(17)] string Evidence,
    [property: Id(22)] Guid GroupId,
    [property: Id(18)] bool Alerted,
    [property: Id(19)] AnomalyStatus Status = AnomalyStatus.Open,
    [property: Id(20)] string? FeedbackBy = null,
    [property: Id(21)] DateTimeOffset? FeedbackAt = null);
