namespace GrainMarketing.Insights.Forecasts;

/// <summary>One backtest pair: forecast from <see cref="Origin"/> for <see cref="Step"/> days ahead, missed by <see cref="Error"/> (actual minus forecast).</summary>
public readonly record struct BacktestError(int Origin, int Step, double Error)
{
    /// <summary>The day forecast.</summary>
    public int Target => Origin + Step - 1;
}
