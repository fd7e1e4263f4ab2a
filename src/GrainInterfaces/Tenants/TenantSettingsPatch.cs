namespace GrainMarketing.Tenants;

/// <summary>A partial change of <see cref="TenantSettings"/>: null leaves a setting as it is; an empty industry clears it.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.TenantSettingsPatch")]
public sealed record TenantSettingsPatch(
    [property: Id(0)] string? DisplayName = null,
    [property: Id(1)] string? TimeZone = null,
    [property: Id(2)] string? Currency = null,
    [property: Id(3)] int? DailyAnalysisHour = null,
    [property: Id(4)] string? Industry = null,
    [property: Id(5)] decimal? CompetitorJumpPoints = null)
{
    /// <summary>The settings that result from applying this patch to <paramref name="current"/>.</summary>
    public TenantSettings ApplyTo(TenantSettings current) => new(
        DisplayName ?? current.DisplayName,
        TimeZone ?? current.TimeZone,
        Currency ?? current.Currency,
        DailyAnalysisHour ?? current.DailyAnalysisHour,
        Industry ?? current.Industry,
        CompetitorJumpPoints ?? current.CompetitorJumpPoints);
}
