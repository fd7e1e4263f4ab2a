namespace GrainMarketing.Campaigns;

/// <summary>Names of the metric stream provider and namespace; the stream id is the campaign key.</summary>
public static class MetricStreams
{
    public const string Provider = "metrics";

    public const string Namespace = "campaign-metrics";
}
