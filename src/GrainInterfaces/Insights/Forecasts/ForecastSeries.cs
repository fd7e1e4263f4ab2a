using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Forecasts;

/// <summary>Names a forecast cache: <c>{tenant}/{level}/{id}</c>, the id a campaign's <c>platform:campaignId</c>, a platform's name, or <c>all</c> for the tenant.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.ForecastSeries")]
public sealed record ForecastSeries(
    [property: Id(0)] string Tenant,
    [property: Id(1)] ForecastLevel Level,
    [property: Id(2)] string Id)
{
    public const string WholeTenant = "all";

    public override string ToString() => $"{Tenant}/{Level.ToString().ToLowerInvariant()}/{Id}";

    /// <summary>The campaign a campaign-level series forecasts (its id is <c>platform:campaignId</c>).</summary>
    public CampaignKey Campaign()
    {
        var colon = Id.IndexOf(':', StringComparison.Ordinal);
        return Level == ForecastLevel.Campaign && colon > 0 && Enum.TryParse<AdPlatform>(Id[..colon], ignoreCase: true, out var platform)
            ? new CampaignKey(Tenant, platform, Id[(colon + 1)..])
            : throw new FormatException($"'{Id}' is not a campaign id (platform:campaignId).");
    }

    /// <summary>The platform a platform-level series forecasts.</summary>
    public AdPlatform Platform() =>
        Level == ForecastLevel.Platform && Enum.TryParse<AdPlatform>(Id, ignoreCase: true, out var platform)
            ? platform
            : throw new FormatException($"'{Id}' is not a platform.");

    public static ForecastSeries Parse(string key)
    {
        var parts = key.Split('/', 3);
        return parts.Length == 3 && Enum.TryParse<ForecastLevel>(parts[1], ignoreCase: true, out var level)
            ? new ForecastSeries(parts[0], level, parts[2])
            : throw new FormatException($"'{key}' is not a forecast key (tenant/level/id).");
    }
}
