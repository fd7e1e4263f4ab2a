namespace GrainMarketing.Simulator;

/// <summary>A simulated campaign: its kind and rates, its share of the traffic, and the response curve its history and today follow.</summary>
/// <param name="Aov">Average order value: the kind's return on ad spend times the cost per conversion.</param>
/// <param name="Weight">Relative share of the events (its kind's weight, delivery and surge, varied a little).</param>
/// <param name="SpendToday">What today's traffic spends in a day at the rate asked for.</param>
/// <param name="ConversionScale">Today's conversion rate against the usual one: below 1 when today spends past the usual day (the curve saturates).</param>
public sealed record Campaign(
    string Tenant, string Platform, string Id, string Name, CampaignKind Kind, IReadOnlyList<string> Creatives,
    double Ctr, double Cvr, double Cpm, double Aov, double Weight, double SpendToday, DailyResponse Response, double ConversionScale)
{
    /// <summary>The daily budget: today's spend at the campaign's usual delivery, to three significant figures.</summary>
    public double Budget => Response.Budget;

    /// <summary>The cost per conversion on a usual day.</summary>
    public double CostPerConversion => Response.CostPerConversion;
}
