namespace GrainMarketing.Metrics;

/// <summary>The days a snapshot batch reports whole for one kind of cell: on them, a cell of that kind the batch leaves out holds nothing now.</summary>
/// <remarks>
/// An ad platform reports a day again whole; a cell it no longer lists (a demographic slice restated to nothing, an ad
/// whose delivery was credited elsewhere) must not keep its first numbers. Only cells of <see cref="Shape"/> are touched,
/// so numbers another source reported at another level or breakdown stay.
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.WholeDays")]
public sealed record WholeDays(
    [property: Id(0)] DateOnly From,
    [property: Id(1)] DateOnly To,
    [property: Id(2)] CellShape Shape)
{
    public bool Covers(MetricCell cell) => cell.Date >= From && cell.Date <= To && Shape.Fits(cell);
}

/// <summary>What a source breaks its cells down by: the dimensions it reports together, and whether it names ad sets and ads.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.CellShape")]
public sealed record CellShape(
    [property: Id(0)] Dimensions Dimensions,
    [property: Id(1)] bool AdSet,
    [property: Id(2)] bool Ad)
{
    public bool Fits(MetricCell cell) => cell.Breakdown.Reported == Dimensions && cell.AdSetId is not null == AdSet && cell.AdId is not null == Ad;
}
