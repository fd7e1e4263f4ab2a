namespace GrainMarketing.Simulator;

/// <summary>The diurnal curve that shapes how much traffic each second carries, and its sums over the day.</summary>
public static class TrafficClock
{
    private const int StepsPerHour = 60;

    /// <summary>Relative traffic through the day, minute by minute, cumulated: the share of a day's traffic before each minute.</summary>
    private static readonly double[] Cumulative = Accumulate();

    /// <summary>The curve's mean over a day: events per day are the rate x 86,400 x this.</summary>
    public static double DayMean => Cumulative[^1] / 24;

    /// <summary>Relative traffic at a time of day (UTC, the demo tenants' zone): low at night, peaks around 13:00 and 20:00.</summary>
    public static double Diurnal(DateTimeOffset now) => Diurnal(now.UtcDateTime.TimeOfDay.TotalHours);

    /// <summary>The share of a day's traffic (and spend) that falls before <paramref name="now"/>'s time of day.</summary>
    public static double ShareOfDayBefore(DateTimeOffset now)
    {
        var steps = now.UtcDateTime.TimeOfDay.TotalHours * StepsPerHour;
        var whole = (int)steps;
        var partial = whole < Cumulative.Length - 1 ? (Cumulative[whole + 1] - Cumulative[whole]) * (steps - whole) : 0;
        return (Cumulative[whole] + partial) / Cumulative[^1];
    }

    private static double Diurnal(double hour) =>
        0.35 + (0.45 * Math.Exp(-Math.Pow(hour - 13, 2) / 8)) + (0.55 * Math.Exp(-Math.Pow(hour - 20, 2) / 6));

    /// <summary>Midpoint sums per minute, in hours x relative traffic.</summary>
    private static double[] Accumulate()
    {
        var sums = new double[(24 * StepsPerHour) + 1];
        for (var step = 0; step < 24 * StepsPerHour; step++)
        {
            sums[step + 1] = sums[step] + (Diurnal((step + 0.5) / StepsPerHour) / StepsPerHour);
        }

        return sums;
    }
}
