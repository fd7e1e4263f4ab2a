namespace GrainMarketing.Experiments;

/// <summary>What an experiment compares: ad metrics of campaigns, or the conversion rate of units (people, e-mails) sent as observations.</summary>
public enum ExperimentMetric
{
    /// <summary>Clicks per impression of each variant campaign: a proportion.</summary>
    Ctr,

    /// <summary>Conversions per click of each variant campaign: a proportion.</summary>
    Cvr,

    /// <summary>Cost per conversion, one value per day of each variant campaign (lower is better).</summary>
    Cpa,

    /// <summary>Conversion value per unit of spend, one value per day of each variant campaign.</summary>
    Roas,

    /// <summary>Conversions per unit observed (app users, e-mail recipients); value per unit is compared too.</summary>
    ConversionRate,
}
