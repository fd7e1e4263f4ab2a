namespace GrainMarketing.Insights.Recommendations;

/// <summary>A part of the day: its first hour and the conversions and spend that arrived in it over the last week.</summary>
public sealed record DaypartBlock(int Start, double Conversions, double Spend)
{
    public double Rate => Spend > 0 ? Conversions / Spend : 0;

    /// <summary>The hours as people write them, <c>18-24</c>.</summary>
    public string Name => $"{Start:00}-{Start + DaypartDetector.BlockHours:00}";
}
