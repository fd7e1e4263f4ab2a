namespace GrainMarketing.Automation;

/// <summary>What a rule condition measures over its window: a sum or a KPI derived from sums.</summary>
public enum RuleMetric
{
    Impressions,
    Reach,
    Clicks,
    Spend,
    Conversions,
    ConversionValue,
    Ctr,
    Cpc,
    Cpm,
    Cpa,
    Cvr,
    Roas,
    Aov,

    /// <summary>Spend as a share of the campaign's daily budget over the window's days (1.2 = 120%); campaigns with a budget only.</summary>
    BudgetUsed,

    /// <summary>Impressions per person reached, from true reach only: null (the condition does not hold) over a window whose reach was not reported, such as a sum of daily reach.</summary>
    Frequency,
}
