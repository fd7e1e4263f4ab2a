namespace GrainMarketing.Insights.Anomalies;

/// <summary>One series' expected value by hour of day and day of week: a robust multiplicative Holt-Winters level with two seasonal profiles.</summary>
/// <remarks>
/// Fixed size (33 numbers and 31 counts) whatever the history. The hour-of-day profile is used once its hour has been
/// seen on <see cref="HourDaysNeeded"/> days, the day-of-week profile once its weekday has <see cref="DayHoursNeeded"/>
/// hours; before that the factor is 1 and the baseline falls back to hour of day or the recent level. A point is
/// learned only as far as <see cref="LearningClip"/> deviations from the expectation (Huber's clipping, as in Gelper,
/// Fried and Croux's robust Holt-Winters), so an anomaly moves the baseline by a bounded step instead of teaching it
/// the anomaly; a lasting change of level is still learned, a few steps at a time.
/// </remarks>
[GenerateSerializer, Alias("GrainMarketing.Insights.SeasonalBaseline")]
public sealed class SeasonalBaseline
{
    public const int HourDaysNeeded = 3;
    public const int DayHoursNeeded = 40;
    public const int WarmUpHours = 12;
    public const double LearningClip = 2.5;
    private const double LevelRate = 0.1;
    private const double HourRate = 0.15;
    private const double DayRate = 0.03;
    private const double ScaleRate = 0.05;
    private const double MeanAbsoluteToSigma = 1.2533;
    private const double RelativeFloor = 0.02;

    [Id(0)] private readonly double[] _hourFactors = Ones(24);
    [Id(1)] private readonly int[] _hourDays = new int[24];
    [Id(2)] private readonly double[] _dayFactors = Ones(7);
    [Id(3)] private readonly int[] _dayHours = new int[7];
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
        var hourReady = _hourDays[hourOfDay] >= HourDaysNeeded;
        var dayReady = hourReady && _dayHours[dayOfWeek] >= DayHoursNeeded;
        var expected = _level * (hourReady ? _hourFactors[hourOfDay] : 1) * (dayReady ? _dayFactors[dayOfWeek] : 1);
        var learned = MeanAbsoluteToSigma * Math.Max(_relativeDeviation, RelativeFloor) * Math.Abs(expected);
        var deviation = Math.Max(Math.Sqrt((learned * learned) + (noiseFloor * noiseFloor)), 1e-12);
        var basis = dayReady ? AnomalyBaseline.HourOfWeek : hourReady ? AnomalyBaseline.HourOfDay : AnomalyBaseline.Recent;
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

        var hourUsed = expectation.Basis == AnomalyBaseline.Recent ? 1 : _hourFactors[hourOfDay];
        var dayUsed = expectation.Basis == AnomalyBaseline.HourOfWeek ? _dayFactors[dayOfWeek] : 1;
        _level += LevelRate * ((value / (hourUsed * dayUsed)) - _level);
        if (Math.Abs(_level) > 1e-12)
        {
            // The profiles learn every hour, used or not, so they are ready when their counts say so.
            _hourFactors[hourOfDay] += HourRate * ((value / (_level * _dayFactors[dayOfWeek])) - _hourFactors[hourOfDay]);
            _dayFactors[dayOfWeek] += DayRate * ((value / (_level * _hourFactors[hourOfDay])) - _dayFactors[dayOfWeek]);
        }

        _hourDays[hourOfDay]++;
        _dayHours[dayOfWeek]++;
        Hours++;
    }

    private static double[] Ones(int count) => Enumerable.Repeat(1.0, count).ToArray();
}
