using GrainMarketing.Campaigns;

namespace GrainMarketing.Insights.Competitors;

/// <summary>One imported period of a scope: its dates, how many rows it had, and who imported which file when.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ImportedPeriod")]
public sealed record ImportedPeriod(
    [property: Id(0)] DateRange Period,
    [property: Id(1)] int Rows,
    [property: Id(2)] string? FileName,
    [property: Id(3)] string ImportedBy,
    [property: Id(4)] DateTimeOffset ImportedAt);
