namespace GrainMarketing.Bench;

/// <summary>Exact sums of generated events, money in integer units.</summary>
internal readonly record struct EventTotals(long Events, long Impressions, long Clicks, long SpendUnits, long Conversions, long ValueCents)
{
    public decimal Spend => SpendUnits * EventGenerator.SpendUnit;

    public decimal ConversionValue => ValueCents / 100m;

    public static EventTotals Of(in BenchEvent e) => new(1, 1, e.Clicks, e.SpendUnits, e.Conversions, e.ValueCents);

    public static EventTotals operator +(EventTotals a, EventTotals b) => new(
        a.Events + b.Events,
        a.Impressions + b.Impressions,
        a.Clicks + b.Clicks,
        a.SpendUnits + b.SpendUnits,
        a.Conversions + b.Conversions,
        a.ValueCents + b.ValueCents);

    public override string ToString() =>
        $"impressions {Impressions:N0}, clicks {Clicks:N0}, spend {Spend:N4}, conversions {Conversions:N0}, conversion value {ConversionValue:N2}";
}
