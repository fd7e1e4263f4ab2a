using GrainMarketing.Campaigns;

namespace GrainMarketing.Experiments;

/// <summary>A campaign variant's tally from its daily totals since the experiment started.</summary>
/// <remarks>
/// ctr and cvr are proportions over the summed days (clicks of impressions, conversions of clicks). cpa and roas
/// are ratios whose variance the sums cannot give, so each day is one unit with its own value (that day's spend
/// per conversion, or conversion value per unit of spend) and Welch's t compares the daily means; a day without
/// conversions has no CPA and a day without spend no ROAS, so those days are left out.
/// </remarks>
public static class CampaignTallies
{
    public static VariantTally From(ExperimentMetric metric, IEnumerable<DayTotals> days)
    {
        var tally = default(VariantTally);
        foreach (var day in days)
        {
            var t = day.Totals;
            tally = metric switch
            {
                ExperimentMetric.Ctr => new VariantTally(tally.Units + t.Impressions, tally.Successes + t.Clicks, 0, 0),
                ExperimentMetric.Cvr => new VariantTally(tally.Units + t.Clicks, tally.Successes + t.Conversions, 0, 0),
                ExperimentMetric.Cpa when t.Conversions > 0 => tally.Add(false, t.Spend / t.Conversions),
                ExperimentMetric.Roas when t.Spend > 0 => tally.Add(false, t.ConversionValue / t.Spend),
                _ => tally,
            };
        }

        return tally;
    }
}
