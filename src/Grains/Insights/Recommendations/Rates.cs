namespace GrainMarketing.Insights.Recommendations;

/// <summary>A group's conversions and spend and the pooled rest's.</summary>
public readonly record struct Rates(double GroupConversions, double GroupSpend, double RestConversions, double RestSpend)
{
    public double GroupRate => GroupSpend > 0 ? GroupConversions / GroupSpend : 0;

    public double RestRate => RestSpend > 0 ? RestConversions / RestSpend : 0;

    /// <summary>The group's cost per conversion over the rest's; infinite when the group converted nothing.</summary>
    public double CostRatio => GroupRate > 0 ? RestRate / GroupRate : double.PositiveInfinity;

    /// <summary>The conversions the group's spend buys at the rest's rate: the evidence a comparison can stand on.</summary>
    public double ExpectedAtRestRate => GroupSpend * RestRate;
}
