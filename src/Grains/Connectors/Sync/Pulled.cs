using GrainMarketing.Metrics;

namespace GrainMarketing.Connectors.Sync;

/// <summary>A campaign as the platform lists it, mapped to our metadata (money in the account's currency, major units).</summary>
public sealed record PulledCampaign(string Id, CampaignMetadata Metadata);

/// <summary>One report row as a cell of one campaign: a day, an ad set or ad, a breakdown, the platform's totals in major units.</summary>
public sealed record PulledCell(string CampaignId, MetricCell Cell, MetricTotals Totals);

/// <summary>What one pull read: rows as the platform returned them and the cells they map to.</summary>
public sealed record PulledReport(IReadOnlyList<PulledCell> Cells, int Rows);
