using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Anomalies;

/// <summary>What a campaign or a tenant remembers to judge its series: one baseline per metric and the hour it is in.</summary>
/// <remarks>Fixed size, persisted with the owner's state, so the baselines survive deactivation.</remarks>
[GenerateSerializer, Alias("GrainMarketing.Insights.AnomalyWatchState")]
public sealed class AnomalyWatchState
{
    /// <summary>One baseline per <see cref="AnomalyMetric"/>, by its number.</summary>
    [Id(0)] public SeasonalBaseline[] Baselines { get; set; } = [.. Enum.GetValues<AnomalyMetric>().Select(_ => new SeasonalBaseline())];

    /// <summary>The hour being filled (hours since the Unix epoch, UTC); 0 before the first batch.</summary>
    [Id(1)] public long OpenHour { get; set; }

    /// <summary>The open hour's totals at the last batch, so the next batch's change is their difference.</summary>
    [Id(2)] public MetricTotals SeenInOpenHour { get; set; }

    /// <summary>The metrics already found anomalous in the open hour (bit per <see cref="AnomalyMetric"/>).</summary>
    [Id(3)] public int RaisedInOpenHour { get; set; }

    /// <summary>Spend since the last conversion arrived.</summary>
    [Id(4)] public double SpendSinceConversion { get; set; }

    /// <summary>Spend and conversions with older hours decayed: the conversion rate a broken pixel is judged against.</summary>
    [Id(5)] public double RecentSpend { get; set; }

    [Id(6)] public double RecentConversions { get; set; }

    /// <summary>True once the current run of spend without conversions was reported, until a conversion arrives.</summary>
    [Id(7)] public bool PixelReported { get; set; }

    /// <summary>True once the current run was reported critical, so it is not escalated again; false until then and after a conversion.</summary>
    [Id(9)] public bool PixelCritical { get; set; }

    /// <summary>The metrics in an anomalous episode already reported (by <see cref="AnomalyMetric"/> number).</summary>
    [Id(8)] public AnomalyEpisodes Episodes { get; set; } = new();
}
