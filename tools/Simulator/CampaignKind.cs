namespace GrainMarketing.Simulator;

/// <summary>
/// A kind of campaign a real e-commerce account runs, with the ranges its rates are drawn from: click-through
/// (clicks per impression), conversion rate (conversions per click), CPM and the return on ad spend its order value
/// is set to, so every KPI stays where such a campaign's would.
/// </summary>
/// <param name="Weight">Relative share of the account's traffic.</param>
/// <param name="Delivery">Spend delivered against the daily budget, today and in the history (brand search runs out of searches).</param>
/// <param name="Surge">Today's delivery over the usual, live only (a Black Friday push the budget did not follow).</param>
public sealed record CampaignKind(
    string Platform, string Name, string Objective, string CreativeFormat,
    (double Low, double High) Ctr, (double Low, double High) Cvr, (double Low, double High) Cpm, (double Low, double High) Roas,
    double Weight, double Delivery = 1, double Surge = 1, string? Why = null)
{
    /// <summary>The account's campaigns in the order the simulator numbers them (sim-1, sim-2, ...); more campaigns repeat the list.</summary>
    public static readonly IReadOnlyList<CampaignKind> Account =
    [
        new("meta", "Black Friday - Prospecting - IG Stories", "conversions", "video",
            (0.008, 0.012), (0.015, 0.025), (9, 13), (2.2, 3.2), 1.0, Surge: 1.5,
            Why: "spends 1.5x its budget today: the Black Friday push outran the budget"),
        new("google", "Search - Brand - Exact", "conversions", "text",
            (0.022, 0.03), (0.036, 0.046), (14, 20), (4.5, 5.5), 0.35, Delivery: 0.6,
            Why: "spends 60% of its budget: there are only so many searches for the brand"),
        new("tiktok", "Holiday Gifts - Spark Ads - In-Feed", "traffic", "video",
            (0.009, 0.014), (0.012, 0.02), (5, 8), (1.8, 2.6), 0.8),
        new("snapchat", "Always On - Story Ads - 18-34", "awareness", "video",
            (0.005, 0.008), (0.01, 0.014), (3, 5), (1.5, 2.0), 0.7),
        new("meta", "Holiday Gifts - Retargeting - FB Feed", "conversions", "carousel",
            (0.018, 0.026), (0.038, 0.048), (11, 14), (4.0, 5.0), 1.2),
        new("google", "Shopping - Best Sellers - PMax", "conversions", "image",
            (0.01, 0.015), (0.025, 0.035), (6, 9), (3.2, 4.2), 1.2),
    ];
}
