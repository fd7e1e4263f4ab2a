namespace GrainMarketing.Insights.Forecasts;

/// <summary>What a forecast forecasts: a daily sum, or a KPI as the ratio of two forecast sums.</summary>
public enum ForecastMetric
{
    Spend,
    Impressions,
    Clicks,
    Conversions,
    ConversionValue,

    /// <summary>Spend forecast over conversions forecast.</summary>
    Cpa,

    /// <summary>Conversion value forecast over spend forecast.</summary>
    Roas,
}
