namespace GrainMarketing.Bench;

/// <summary>
/// One generated delta event: one impression of one creative to one demographic slice on one day.
/// Labels are indexes into <see cref="EventGenerator"/>'s tables; money is in integer units so sums are exact.
/// </summary>
/// <param name="Index">Position in the generated sequence; the event id is <c>e{Index}</c>.</param>
/// <param name="SpendUnits">Spend in units of <see cref="EventGenerator.SpendUnit"/>.</param>
/// <param name="ValueCents">Conversion value in cents; zero without a conversion.</param>
internal readonly record struct BenchEvent(
    long Index,
    int Campaign,
    int Ad,
    int DaysAgo,
    int Age,
    int Gender,
    int Country,
    int Clicks,
    int Conversions,
    int SpendUnits,
    int ValueCents);
