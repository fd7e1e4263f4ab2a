namespace GrainMarketing.Experiments;

/// <summary>Facts about each <see cref="ExperimentMetric"/>: whether it is a proportion, whether its variants are campaigns, which way is better.</summary>
public static class ExperimentMetrics
{
    public static bool IsProportion(this ExperimentMetric metric) => metric is ExperimentMetric.Ctr or ExperimentMetric.Cvr or ExperimentMetric.ConversionRate;

    /// <summary>Whether the variants are campaigns (<c>platform:campaignId</c>) whose numbers come from their metrics, rather than units sent as observations.</summary>
    public static bool UsesCampaigns(this ExperimentMetric metric) => metric != ExperimentMetric.ConversionRate;

    public static bool LowerIsBetter(this ExperimentMetric metric) => metric == ExperimentMetric.Cpa;
}
