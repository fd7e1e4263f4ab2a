using System.Text.Json.Serialization;

namespace GrainMarketing.Metrics;

/// <summary>The additive numbers an ad platform reports for a cell, and what is known of its reach.</summary>
/// <remarks>
/// Sums only: every KPI is derived from sums (<see cref="Kpis"/>), never stored and never averaged. Money
/// is in the tenant's currency. Conversions are decimal because attribution models report fractions (Google
/// Ads "12.5").
/// <para>
/// Reach is not a sum: a person reached on three days, or by two campaigns, is one person. The reach the
/// cells reported is added into <see cref="ReachDailySum"/>, an upper bound of the unique reach, and
/// <see cref="ReachReports"/> counts how many reports went into it. <see cref="Reach"/> is the true reach
/// only when it is known: exactly one report went in (one cell of one day; a source reports reach on every
/// row of an entity or on none, so the other cells of a sum with a single report carry no reach of their
/// own), or <see cref="PeriodReach"/> was reported for exactly the window and entity answered.
/// </para>
/// </remarks>
/// <param name="ReachDailySum">
/// The reach the platform reported, added over every day and entity of the answer: an upper bound of the unique
/// reach (a person reached on two days or by two campaigns counts twice), equal to it only where <c>reach</c> is set.
/// </param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.MetricTotals")]
public readonly record struct MetricTotals(
    [property: Id(0)] long Impressions,
    [property: Id(1)] long ReachDailySum,
    [property: Id(2)] long Clicks,
    [property: Id(3)] decimal Spend,
    [property: Id(4)] decimal Conversions,
    [property: Id(5)] decimal ConversionValue)
{
    public static readonly MetricTotals Zero;

    /// <summary>How many reported reach figures <see cref="ReachDailySum"/> adds up (a cell that reported reach counts one).</summary>
    [Id(6), JsonIgnore]
    public int ReachReports { get; init; }

    /// <summary>Reach a source reported for exactly the window and entity of this answer (a period's unique reach); never carried into a sum.</summary>
    [Id(7), JsonIgnore]
    public long? PeriodReach { get; init; }

    /// <summary>Unique people reached, where the platform reported it for exactly this window and entity; null otherwise, for reach is not a sum (reachDailySum is its upper bound).</summary>
    public long? Reach => PeriodReach ?? (ReachReports == 1 ? ReachDailySum : null);

    [JsonIgnore]
    public bool IsZero => this == Zero;

    [JsonIgnore]
    public Kpis Kpis => Kpis.From(this);

    /// <summary>A cell's totals as the platform reported them, counting its reach as one report when it came with one.</summary>
    public static MetricTotals Reported(long impressions, long? reach, long clicks, decimal spend, decimal conversions, decimal conversionValue) =>
        new(impressions, reach ?? 0, clicks, spend, conversions, conversionValue) { ReachReports = reach is null ? 0 : 1 };

    /// <summary>These totals with <paramref name="reach"/> reported for exactly their window and entity.</summary>
    public MetricTotals WithPeriodReach(long reach) => this with { PeriodReach = reach };

    public static MetricTotals operator +(MetricTotals a, MetricTotals b) => new(
        a.Impressions + b.Impressions,
        a.ReachDailySum + b.ReachDailySum,
        a.Clicks + b.Clicks,
        a.Spend + b.Spend,
        a.Conversions + b.Conversions,
        a.ConversionValue + b.ConversionValue)
    {
        ReachReports = a.ReachReports + b.ReachReports,
    };

    public static MetricTotals operator -(MetricTotals a, MetricTotals b) => new(
        a.Impressions - b.Impressions,
        a.ReachDailySum - b.ReachDailySum,
        a.Clicks - b.Clicks,
        a.Spend - b.Spend,
        a.Conversions - b.Conversions,
        a.ConversionValue - b.ConversionValue)
    {
        ReachReports = a.ReachReports - b.ReachReports,
    };
}
