using System.Globalization;
using GrainMarketing.ApiHost.Campaigns;
using GrainMarketing.ApiHost.Hosting;
using GrainMarketing.Insights.Forecasts;
using GrainMarketing.Metrics;
using Microsoft.AspNetCore.Mvc;

namespace GrainMarketing.ApiHost.Insights;

/// <summary>The parameters of <c>GET /api/v1/tenants/{tenant}/forecast</c> as sent.</summary>
/// <param name="Metric">spend, impressions, clicks, conversions, conversionValue, cpa or roas.</param>
/// <param name="Horizon">Days to forecast, 1-90 (default 28).</param>
/// <param name="Level">tenant (default), campaign or platform.</param>
/// <param name="Id">The campaign (<c>platform:campaignId</c>) or platform (meta, google …); none for the tenant.</param>
public sealed record ForecastQuery(
    [FromQuery(Name = "metric")] string? Metric = null,
    [FromQuery(Name = "horizon")] string? Horizon = null,
    [FromQuery(Name = "level")] string? Level = null,
    [FromQuery(Name = "id")] string? Id = null)
{
    public const int DefaultHorizon = 28;

    private const string Metrics = "spend, impressions, clicks, conversions, conversionValue, cpa or roas";

    /// <summary>The series, metric and horizon asked for; each bad value is refused by its name (400), an unknown campaign or platform with 404.</summary>
    public (ForecastSeries Series, ForecastMetric Metric, int Horizon) Read(string tenant)
    {
        var errors = new ValidationErrors();
        var metric = QueryValues.Named<ForecastMetric>(Metric, "metric", errors, $"Must be {Metrics}.");
        if (QueryValues.Given(Metric) is null)
        {
            errors.Add("metric", $"Required: {Metrics}.");
        }

        var horizon = DefaultHorizon;
        if (QueryValues.Given(Horizon) is { } text && (!int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out horizon) || horizon < 1 || horizon > ForecastSet.Horizon))
        {
            errors.Add("horizon", $"Must be a whole number of days, 1-{ForecastSet.Horizon}.");
        }

        var level = QueryValues.Named<ForecastLevel>(Level, "level", errors, "Must be tenant, campaign or platform.") ?? ForecastLevel.Tenant;
        var id = QueryValues.Given(Id);
        if (level == ForecastLevel.Tenant && id is not null)
        {
            errors.Add("id", "Must be absent for the tenant level.");
        }
        else if (level != ForecastLevel.Tenant && id is null)
        {
            errors.Add("id", level == ForecastLevel.Campaign ? "Required: the campaign as platform:campaignId." : "Required: the platform (meta, google, tiktok, snapchat or other).");
        }

        errors.ThrowIfAny();
        return (Series(tenant, level, id), metric!.Value, horizon);
    }

    private static ForecastSeries Series(string tenant, ForecastLevel level, string? id) => level switch
    {
        ForecastLevel.Campaign => new ForecastSeries(tenant, level, CampaignIds.Format(CampaignIds.Parse(tenant, id!))),
        ForecastLevel.Platform => Enum.TryParse<AdPlatform>(id, ignoreCase: true, out var platform) && char.IsLetter(id![0])
            ? new ForecastSeries(tenant, level, platform.ToString().ToLowerInvariant())
            : throw new Errors.NotFoundException("Platform", id!),
        _ => new ForecastSeries(tenant, level, ForecastSeries.WholeTenant),
    };
}
