namespace GrainMarketing.Insights.Budget;

/// <summary>A campaign's daily spend and one outcome, oldest day first, with each day's weekday (0 = Monday).</summary>
public sealed record CurveData(double[] Spend, double[] Outcome, int[] Weekday)
{
    public int Days => Spend.Length;

    /// <summary>The first <paramref name="days"/> days.</summary>
    public CurveData Take(int days) => new(Spend[..days], Outcome[..days], Weekday[..days]);

    /// <summary>The same days with <paramref name="outcome"/> in place of the observed one (a bootstrap replicate).</summary>
    public CurveData WithOutcome(double[] outcome) => new(Spend, outcome, Weekday);

    public static CurveData From(IReadOnlyList<(DateOnly Date, double Spend, double Outcome)> days) => new(
        [.. days.Select(d => d.Spend)],
        [.. days.Select(d => d.Outcome)],
        [.. days.Select(d => ((int)d.Date.DayOfWeek + 6) % 7)]);
}
