using GrainMarketing.Automation;
using MathNet.Numerics.Distributions;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>A pause finding at any level (campaign, ad set, creative) from its cost test: the evidence of both measures, which one judged it, the impact and the explanation.</summary>
/// <param name="Name">The target as the words name it: <c>meta:c03</c>, <c>ad set s2 of meta:c09</c>.</param>
/// <param name="Siblings">Whom it was compared with: <c>the tenant's other campaigns</c>.</param>
/// <param name="Plural">What was tested, for the multiplicity: <c>campaigns</c>.</param>
public sealed record CostFinding(RecommendationKind Kind, string Name, string Siblings, string Plural)
{
    public Finding Of(TenantEvidence tenant, CostTest test, double adjusted, int count)
    {
        var rates = test.Rates;
        var weeklySpend = rates.GroupSpend / tenant.Days * 7;
        var (byCpa, byRoas) = test.JudgedBy(adjusted, CostJudge.FalseDiscoveryRate);
        var roas = test.Roas;
        var impact = !byCpa && roas is not null ? RoasImpact(roas, weeklySpend) : CpaImpact(rates, weeklySpend, test.Arm.Target);
        var evidence = new RecommendationEvidence(
            $"Judged by {(byCpa && byRoas ? "cost per conversion and ROAS" : byRoas ? "ROAS" : "cost per conversion")}. Cost per conversion: exact conditional binomial test of conversions per unit of spend against {Siblings} pooled, H0: its cost per conversion is at most {CostJudge.Margin} times theirs. "
            + (roas is null ? "ROAS: not tested (no conversion value reported, or too few days). " : $"ROAS: one-sided z test of its ROAS against theirs, each with its delta-method standard error from the daily variation, H0: its ROAS is at least theirs divided by {CostJudge.Margin}. ")
            + $"The smaller p-value doubled (Bonferroni over the two measures), Benjamini-Hochberg over {count} {Plural}.",
            tenant.From, tenant.To, test.P, adjusted, count,
            Figures.Of(("spend", rates.GroupSpend), ("conversions", rates.GroupConversions), ("cpa", 1 / rates.GroupRate),
                ("othersSpend", rates.RestSpend), ("othersConversions", rates.RestConversions), ("othersCpa", 1 / rates.RestRate), ("cpaRatio", rates.CostRatio), ("cpaP", test.CpaP),
                ("roas", roas?.Own.Ratio ?? double.NaN), ("roasStandardError", roas?.Own.StandardError ?? double.NaN),
                ("othersRoas", roas?.Rest.Ratio ?? double.NaN), ("othersRoasStandardError", roas?.Rest.StandardError ?? double.NaN),
                ("roasRatio", roas is null ? double.NaN : roas.Own.Ratio / roas.Rest.Ratio), ("roasP", roas?.P ?? double.NaN)));
        var title = !byCpa && roas is not null
            ? $"Pause {Name}: ROAS {roas.Own.Ratio:0.00} against the others' {roas.Rest.Ratio:0.00}"
            : $"Pause {Name}: {rates.CostRatio:0.0}× the others' cost per conversion";
        var measured = !byCpa && roas is not null
            ? $"returned {roas.Own.Ratio:0.00} in conversion value per unit of spend over the {tenant.Days} days to {tenant.To:yyyy-MM-dd}, against {roas.Rest.Ratio:0.00} for {Siblings}"
            : $"paid {Figures.Money(1 / rates.GroupRate)} per conversion over the {tenant.Days} days to {tenant.To:yyyy-MM-dd}, {rates.CostRatio:0.0} times the {Figures.Money(1 / rates.RestRate)} of {Siblings}, on {Figures.Count(rates.GroupConversions)} conversions";
        var subject = Kind == RecommendationKind.PauseCampaign ? Name : $"The {Name}";
        var explanation = $"{subject} {measured}. "
            + $"A gap this wide is very unlikely to be chance (adjusted p {Figures.P(adjusted)} across {count} {Plural}). "
            + $"Pausing it and spending its budget on the others should bring about {Figures.Count(impact.Value)} more {(byCpa ? "conversions" : "in conversion value")} a week.";
        return new Finding(Kind, test.Arm.Target, [test.Arm.Campaign], title, explanation, evidence, impact, 1 - adjusted, [new RuleAction(RuleActionType.Pause)]);
    }

    private static RecommendationImpact CpaImpact(Rates rates, double weeklySpend, string target)
    {
        var gain = RateComparison.MovedSpendGain(rates, weeklySpend, Seeds.Of(target));
        return new RecommendationImpact("conversions", gain.Value, gain.Lower80, gain.Upper80, $"Its {Figures.Money(weeklySpend)} a week spent at its siblings' rate instead of its own.");
    }

    /// <summary>The conversion value its week's spend would return at the siblings' ROAS instead of its own, with the normal 80% interval of the two delta-method errors.</summary>
    private static RecommendationImpact RoasImpact(RoasComparison roas, double weeklySpend)
    {
        var gain = weeklySpend * (roas.Rest.Ratio - roas.Own.Ratio);
        var half = Normal.InvCDF(0, 1, 0.9) * weeklySpend * Math.Sqrt((roas.Own.StandardError * roas.Own.StandardError) + (roas.Rest.StandardError * roas.Rest.StandardError));
        return new RecommendationImpact(OutcomeMeasurement.ValueMetric, gain, gain - half, gain + half, $"Its {Figures.Money(weeklySpend)} a week returning its siblings' ROAS instead of its own.");
    }
}
