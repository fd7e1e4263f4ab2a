namespace GrainMarketing.ApiHost.Insights;

/// <summary>Who a planned campaign targets, as the caller sends it; a list left out or empty means the dimension is not targeted.</summary>
/// <param name="AgeBands">Platform age bands: 13-17, 18-24, 25-34, 35-44, 45-54, 55-64, 65+.</param>
/// <param name="Genders">female or male (f, m, women, men … are read as those).</param>
/// <param name="Countries">ISO 3166 alpha-2 codes.</param>
/// <param name="Interests">As the tenant's ingested data names them.</param>
public sealed record PlannedAudienceRequest(
    IReadOnlyList<string?>? AgeBands = null,
    IReadOnlyList<string?>? Genders = null,
    IReadOnlyList<string?>? Countries = null,
    IReadOnlyList<string?>? Interests = null);
