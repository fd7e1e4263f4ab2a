using System.Text.Json.Serialization;

namespace GrainMarketing.Metrics;

/// <summary>The additive numbers an ad platform reports for a cell.</summary>
/// <remarks>
/// Sums only: every KPI is derived from sums (<see cref="Kpis"/>), never stored and never averaged. Money
/// is in the tenant's currency. Conversions are decimal because attribution models report fractions (Google
/// Ads "12.5").
/// </remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetricTotals")]
public readonly record struct MetricTotals(
    [property: Id(0)] long Impressions,
    [property: Id(1)] long Reach,
    [property: Id(2)] long Clicks,
    [property: Id(3)] decimal Spend,
    [property: Id(4)] decimal Conversions,
    [property: Id(5)] decimal ConversionValue)
{
    public static readonly MetricTotals Zero;

    [JsonIgnore]
    public bool IsZero => this == Zero;

    [JsonIgnore]
    public Kpis Kpis => Kpis.From(this);

    public static MetricTotals operator +(MetricTotals a, MetricTotals b) => new(
        a.Impressions + b.Impressions,
        a.Reach + b.Reach,
        a.Clicks + b.Clicks,
        a.Spend + b.Spend,
        a.Conversions + b.Conversions,
        a.ConversionValue + b.ConversionValue);

    public static MetricTotals operator -(MetricTotals a, MetricTotals b) => new(
        a.Impressions - b.Impressions,
        a.Reach - b.Reach,
        a.Clicks - b.Clicks,
        a.Spend - b.Spend,
        a.Conversions - b.Conversions,
        a.ConversionValue - b.ConversionValue);
}
