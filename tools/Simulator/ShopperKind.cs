namespace GrainMarketing.Simulator;

/// <summary>A kind of customer the shop has, by how they buy, so each behaviour segment has its members.</summary>
/// <param name="Weight">Share of the customers.</param>
/// <param name="PerWeek">Purchases a week while active.</param>
/// <param name="Cities">How many cities they buy in (one or two make them location clustered).</param>
/// <param name="Focus">Share of their purchases in their favourite category.</param>
/// <param name="Joined">Days before the start of their first possible purchase (a range).</param>
/// <param name="Stopped">Days before the start since which they no longer buy (0: still buying).</param>
/// <param name="Recent">How much more often they buy in the last 30 days (a holiday shopper).</param>
public sealed record ShopperKind(
    string Name, double Weight, double PerWeek, double MeanAmount, int Cities, double Focus,
    bool WeekendsOnly = false, (int Low, int High) Joined = default, (int Low, int High) Stopped = default, double Recent = 1)
{
    /// <summary>The shop's customers: regulars, weekenders, category fans, travellers, occasional and lapsed buyers, newcomers, holiday shoppers and big spenders.</summary>
    public static readonly IReadOnlyList<ShopperKind> Shop =
    [
        new("regular", 0.30, 2.5, 45, 1, 0.3),
        new("weekender", 0.15, 1.2, 70, 2, 0.3, WeekendsOnly: true),
        new("category fan", 0.12, 0.8, 60, 2, 0.85),
        new("traveller", 0.08, 0.7, 80, 5, 0.2),
        new("occasional", 0.12, 0.25, 55, 3, 0.3),
        new("lapsed", 0.10, 0.8, 50, 2, 0.3, Stopped: (35, 70)),
        new("newcomer", 0.07, 1.0, 50, 1, 0.3, Joined: (3, 25)),
        new("holiday shopper", 0.04, 0.15, 90, 2, 0.3, Recent: 12),
        new("big spender", 0.02, 0.7, 450, 2, 0.5),
    ];
}
