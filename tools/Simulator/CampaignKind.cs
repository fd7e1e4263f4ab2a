namespace GrainMarketing.Simulator;

/// <summary>
/// A kind of campaign a real e-commerce account runs, with the ranges its rates are drawn from: click-through
/// (clicks per impression), cost per conversion (its conversion rate follows from CPM, CTR and CPA), CPM and the
/// return on ad spend its order value is set to, so every KPI stays where such a campaign's would.
/// </summary>
/// <remarks>
/// The costs per conversion sit close together (13 to 15 for retargeting, the cheapest, as it is in real accounts; 19 to
/// 26 for the others), as one shop's campaigns do once their bids have settled, except the prospecting campaign's,
/// about three times theirs at a ROAS near 2: the campaign the
/// recommendations should tell the marketer to pause, with thousands of conversions to be sure. The retargeting
/// campaign's first creative fades (<see cref="FadingCreative"/>).
/// </remarks>
/// <param name="Weight">Relative share of the account's traffic.</param>
/// <param name="Delivery">Spend delivered against the daily budget, today and in the history (brand search runs out of searches).</param>
/// <param name="Surge">Today's delivery over the usual, live only (a Black Friday push the budget did not follow).</param>
/// <param name="Fades">Its first creative's CTR fades while its frequency rises (<see cref="FadingCreative"/>).</param>
/// <param name="Planted">What the recommendations should find on it, for the simulator's log.</param>
public sealed record CampaignKind(
    string Platform, string Name, string Objective, string CreativeFormat,
    (double Low, double High) Ctr, (double Low, double High) Cpa, (double Low, double High) Cpm, (double Low, double High) Roas,
    double Weight, double Delivery = 1, double Surge = 1, string? Why = null, bool Fades = false, string? Planted = null)
{
    /// <summary>The account's campaigns in the order the simulator numbers them (sim-1, sim-2, ...); more campaigns repeat the list.</summary>
    public static readonly IReadOnlyList<CampaignKind> Account =
    [
        new("meta", "Black Friday - Prospecting - IG Stories", "conversions", "video",
            (0.008, 0.012), (60, 70), (9, 13), (1.7, 2.1), 1.0, Surge: 1.5,
            Why: "spends 1.5x its budget today: the Black Friday push outran the budget",
            Planted: "pays about three times the others' cost per conversion: pause it"),
        new("google", "Search - Brand - Exact", "conversions", "text",
            (0.022, 0.03), (19, 23), (14, 20), (4.5, 5.5), 0.35, Delivery: 0.6,
            Why: "spends 60% of its budget: there are only so many searches for the brand"),
        new("tiktok", "Holiday Gifts - Spark Ads - In-Feed", "traffic", "video",
            (0.009, 0.014), (19, 24), (5, 8), (1.8, 2.6), 0.8),
        new("snapchat", "Always On - Story Ads - 18-34", "awareness", "video",
            (0.005, 0.008), (21, 26), (3, 5), (1.5, 2.0), 0.7),
        new("meta", "Holiday Gifts - Retargeting - FB Feed", "conversions", "carousel",
            (0.022, 0.03), (13, 15), (11, 14), (4.0, 5.0), 1.2, Fades: true,
            Planted: $"its first creative loses half its CTR over the {FadingCreative.Days} days before the start while its frequency rises: refresh it"),
        new("google", "Shopping - Best Sellers - PMax", "conversions", "image",
            (0.01, 0.015), (19, 23), (6, 9), (3.2, 4.2), 1.2),
    ];
}
