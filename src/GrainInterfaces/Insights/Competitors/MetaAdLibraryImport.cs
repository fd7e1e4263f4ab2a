using GrainMarketing.Campaigns;

namespace GrainMarketing.Insights.Competitors;

/// <summary>A parsed Meta Ad Library file for one period: its advertisers, where it came from, and who imported it.</summary>
/// <param name="Currency">The spend currency (from the report's "Amount spent (EUR)" header or the ads' <c>currency</c>); null when unknown.</param>
/// <param name="Country">The report's country code, from its file name; null when unknown.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetaAdLibraryImport")]
public sealed record MetaAdLibraryImport(
    [property: Id(0)] DateRange Period,
    [property: Id(1)] IReadOnlyList<MetaAdvertiserRow> Rows,
    [property: Id(2)] string? Currency,
    [property: Id(3)] string? Country,
    [property: Id(4)] string? FileName,
    [property: Id(5)] string ImportedBy)
{
    /// <summary>Advertisers kept per period; a whole country's report is larger, so the import takes <c>?pages=</c> to keep the tracked ones.</summary>
    public const int MaxRows = 1000;
}
