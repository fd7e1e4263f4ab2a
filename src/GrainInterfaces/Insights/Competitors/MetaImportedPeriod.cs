using GrainMarketing.Campaigns;

namespace GrainMarketing.Insights.Competitors;

/// <summary>One imported Meta Ad Library period: its dates, currency and country, how many advertisers, and who imported which file when.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetaImportedPeriod")]
public sealed record MetaImportedPeriod(
    [property: Id(0)] DateRange Period,
    [property: Id(1)] string? Currency,
    [property: Id(2)] string? Country,
    [property: Id(3)] int Rows,
    [property: Id(4)] string? FileName,
    [property: Id(5)] string ImportedBy,
    [property: Id(6)] DateTimeOffset ImportedAt);
