namespace GrainMarketing.Automation;

/// <summary>The KPIs an automation condition may ask about with a confidence (<see cref="KpiPosterior"/>): the ones with a count model behind them.</summary>
/// <remarks>Sums such as spend are known exactly and need no confidence.</remarks>
public enum KpiMetric
{
    /// <summary>Clicks per impression.</summary>
    Ctr,

    /// <summary>Conversions per click.</summary>
    Cvr,

    /// <summary>Spend per conversion.</summary>
    Cpa,

    /// <summary>Spend per click.</summary>
    Cpc,

    /// <summary>Conversion value per unit of spend.</summary>
    Roas,
}
