namespace GrainMarketing.Insights.Competitors;

/// <summary>What a tenant's Meta Ad Library source persists: its imported periods, oldest first, at most <see cref="MaxPeriods"/>.</summary>
/// <remarks>Grain state for the same reasons as <see cref="CompetitorInsightsState"/>: periods are always read together and bounded (<see cref="MetaAdLibraryImport.MaxRows"/> advertisers each).</remarks>
[GenerateSerializer, Alias("GrainMarketing.MetaAdLibraryState")]
public sealed class MetaAdLibraryState
{
    /// <summary>A year of weekly reports.</summary>
    public const int MaxPeriods = 52;

    [Id(0)] public List<StoredMetaPeriod> Periods { get; set; } = [];
}
