namespace GrainMarketing.Metrics;

/// <summary>The unit of truth inside a campaign: one ad set / ad, one reporting date, one breakdown slice.</summary>
/// <remarks>Platforms restate past days, so a cell holds the latest totals and changes by differences.</remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetricCell")]
public sealed record MetricCell(
    [property: Id(0)] DateOnly Date,
    [property: Id(1)] Breakdown Breakdown,
    [property: Id(2)] string? AdSetId = null,
    [property: Id(3)] string? AdId = null);

/// <summary>How an item changes its cell.</summary>
public enum MetricKind
{
    /// <summary>"The cell now holds these totals": idempotent, the grain propagates only the difference.</summary>
    Snapshot,

    /// <summary>"Add these to the cell": idempotent by event id.</summary>
    Delta,
}

/// <summary>One change to one cell.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetricItem")]
public sealed record MetricItem(
    [property: Id(0)] MetricCell Cell,
    [property: Id(1)] MetricTotals Totals,
    [property: Id(2)] MetricKind Kind,
    [property: Id(3)] string? EventId = null);
