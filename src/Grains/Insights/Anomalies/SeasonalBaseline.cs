namespace GrainMarketing.Insights.Anomalies;

/// <summary>One series' expected value by hour of week, hour of day or the recent level: a robust multiplicative Holt-Winters baseline.</summary>
/// <remarks>
/// Fixed size (a level, a deviation and 192 seasonal factors with their counts) whatever the history. The expected
/// value is the deseasonalised level times the hour-of-week factor once that hour has been seen in
/// <see cref="WeeksNeeded"/> weeks, else the hour-of-day factor once that hour has been seen on <see cref="DaysNeeded"/>
/// days, else the level alone. A factor starts as the running mean of its ratios and then forgets at its rate, so it
/// is usable after its first few visits. A point is learned only as far as <see cref="LearningClip"/> deviations from
/// the expectation (Huber's clipping, as in Gelper, Fried and Croux's robust Holt-Winters), so an anomaly moves the
/// baseline a bounded step instead of teaching it the anomaly; a lasting change of level is still learned.
/// </remarks>
[GenerateSerializer, Alias("GrainMarketing.Insights.SeasonalBaseline")]
public sealed class SeasonalBaseline
{
    public const int WeeksNeeded = 2;
    public const int DaysNeeded = 3;
    public const int WarmUpHours = 12;
    public const double LearningClip = 2.5;
    private const double LevelRate = 0.02;
    private const double HourRate = 0.15;
    private const double WeekRate = 0.3;
    private const double ScaleRate = 0.05;
    private const double MeanAbsoluteToSigma = 1.2533;
    private const double RelativeFloor = 0.02;

    [Id(0)] private readonly double[] _hourFactors = new double[24];
    [Id(1)] private readonly int[] _hourVisits = new int[24];
    [Id(2)] private readonly double[] _weekFactors = new double[168];
    [Id(3)] private readonly int[] _weekVisits = new int[168];
    [Id(4)] private double _level;
    [Id(5)] private double _relativeDeviation;

    /// <summary>Hours learned so far.</summary>
    [Id(6)] public int Hours { get; private set; }

    /// <summary>True once enough hours were learned to judge.</summary>
    public bool Ready => Hours >= WarmUpHours;

    /// <summary>The expected value for an hour and the deviation that goes with it, on the most specific history the series has.</summary>
    /// <param name="noiseFloor">The least deviation the value's own sampling noise implies (a count's or a rate's), added to the learned one.</param>
    public Expectation Expect(int hourOfDay, int dayOfWeek, double noiseFloor)
    {
        var (factor, basis) = Factor(hourOfDay, dayOfWeek);
        var expected = _level * factor;
        var learned = MeanAbsoluteToSigma * Math.Max(_relativeDeviation, RelativeFloor) * Math.Abs(expected);
        var deviation = Math.Max(Math.Sqrt((learned * learned) + (noiseFloor * noiseFloor)), 1e-12);
        return new Expectation(expected, deviation, basis, Hours);
    }

    /// <summary>Learns an hour's value, clipped to <see cref="LearningClip"/> deviations once the series is past its warm-up.</summary>
    public void Learn(double observed, int hourOfDay, int dayOfWeek, double noiseFloor)
    {
        if (!double.IsFinite(observed))
        {
            return;
        }

        if (Hours == 0)
        {
            _level = observed;
        }

        var expectation = Expect(hourOfDay, dayOfWeek, noiseFloor);
        var limit = LearningClip * expectation.Deviation;
        var value = Ready ? Math.Clamp(observed, expectation.Value - limit, expectation.Value + limit) : observed;
        var relative = Math.Abs(value - expectation.Value) / Math.Max(Math.Abs(expectation.Value), 1e-12);
        _relativeDeviation += (Ready ? ScaleRate : 1.0 / (Hours + 1)) * (Math.Min(relative, 10) - _relativeDeviation);

        // The level is deseasonalised by the most specific factor visited at all, so a weekend dip is not learned as a fall in level
        // while the hour-of-week factors are still too young to be used for expectations.
        var week = (dayOfWeek * 24) + hourOfDay;
        var factor = _weekVisits[week] > 0 ? _weekFactors[week] : _hourVisits[hourOfDay] > 0 ? _hourFactors[hourOfDay] : 1;
        if (Math.Abs(factor) > 1e-9)
        {
            _level += LevelRate * ((value / factor) - _level);
        }

        if (Math.Abs(_level) > 1e-12)
        {
            // Every profile learns every hour, used or not, so each is ready when its visits say so.
            var ratio = value / _level;
            _hourFactors[hourOfDay] += Math.Max(HourRate, 1.0 / ++_hourVisits[hourOfDay]) * (ratio - _hourFactors[hourOfDay]);
            _weekFactors[week] += Math.Max(WeekRate, 1.0 / ++_weekVisits[week]) * (ratio - _weekFactors[week]);
        }

        Hours++;
    }

    private (double Factor, AnomalyBaseline Basis) Factor(int hourOfDay, int dayOfWeek)
    {
        var week = (dayOfWeek * 24) + hourOfDay;
        return _weekVisits[week] >= WeeksNeeded ? (_weekFactors[week], AnomalyBaseline.HourOfWeek)
            : _hourVisits[hourOfDay] >= DaysNeeded ? (_hourFactors[hourOfDay], AnomalyBaseline.HourOfDay)
            : (1, AnomalyBaseline.Recent);
    }
}
