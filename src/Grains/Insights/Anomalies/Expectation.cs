namespace GrainMarketing.Insights.Anomalies;

/// <summary>A baseline's expected value for one hour, its deviation (one sigma), the history it stood on and how many hours that was.</summary>
public readonly record struct Expectation(double Value, double Deviation, AnomalyBaseline Basis, int HistoryHours)
{
    /// <summary>How many deviations <paramref name="observed"/> lies from the expected value.</summary>
    public double Score(double observed) => (observed - Value) / Deviation;

    public double Lower(double threshold) => Value - (threshold * Deviation);

    public double Upper(double threshold) => Value + (threshold * Deviation);
}
