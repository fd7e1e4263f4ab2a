namespace GrainMarketing.Metrics;

/// <summary>Accepted changes for one campaign, as the API host sends them on the campaign's stream.</summary>
/// <remarks>The edge groups a request's items by campaign so each grain receives one message per request.</remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetricBatch")]
public sealed record MetricBatch(
    [property: Id(0)] CampaignKey Campaign,
    [property: Id(1)] DateTimeOffset ReceivedAt,
    [property: Id(2)] IReadOnlyList<MetricItem> Items,
    [property: Id(3)] CampaignMetadata? Metadata = null,
    [property: Id(4)] IReadOnlyList<PeriodReach>? PeriodReach = null,
    [property: Id(5)] IReadOnlyDictionary<string, string>? CreativeFormats = null,
    [property: Id(6)] WholeDays? Whole = null);
