namespace GrainMarketing.Simulator;

/// <summary>
/// Creative fatigue as the demo plants it: the first creative of a campaign whose kind fades holds its CTR until
/// <see cref="Days"/> days before the start day, then loses a straight share a day until it is down by
/// <see cref="Loss"/> on the day before the start, and stays there in the live traffic; meanwhile its frequency
/// (impressions per person reached) climbs from about <see cref="FrequencyBefore"/> to <see cref="FrequencyAfter"/>,
/// as an audience that has seen it too often scrolls past. The other creatives keep their CTR and a steady frequency.
/// </summary>
/// <remarks>
/// The campaign's conversions stay on its response curve: the faded creative's share of them falls with its clicks
/// (the others' clicks convert a little more often), so its cost per conversion, budget and pacing are what its kind
/// says, in the history and live alike.
/// </remarks>
public static class FadingCreative
{
    public const int Days = 10;
    public const double Loss = 0.5;
    public const double FrequencyBefore = 1.3;
    public const double FrequencyAfter = 3.0;

    /// <summary>The creative of <paramref name="campaign"/> that fades, or null when none does.</summary>
    public static string? Of(Campaign campaign) => campaign.Kind.Fades ? campaign.Creatives[0] : null;

    /// <summary>How far the fade has gone on <paramref name="date"/>: 0 until it starts, 1 from the day before <paramref name="startDay"/> on.</summary>
    public static double Progress(DateOnly date, DateOnly startDay) =>
        Math.Clamp((date.DayNumber - (startDay.DayNumber - Days - 1)) / (double)Days, 0, 1);

    /// <summary>The creative's CTR against its campaign's on <paramref name="date"/> (1 for a creative that does not fade).</summary>
    public static double CtrFactor(Campaign campaign, string creative, DateOnly date, DateOnly startDay) =>
        creative == Of(campaign) ? 1 - (Loss * Progress(date, startDay)) : 1;

    /// <summary>The creative's CTR against its campaign's in the live traffic, which starts where the history's fade ended.</summary>
    public static double LiveCtrFactor(Campaign campaign, string creative) => creative == Of(campaign) ? 1 - Loss : 1;

    /// <summary>How much more often the campaign's live clicks convert, so its conversions per unit of spend are unchanged by the fade.</summary>
    public static double LiveConversionBoost(Campaign campaign) => 1 / campaign.Creatives.Average(creative => LiveCtrFactor(campaign, creative));

    /// <summary>The creative's usual frequency on <paramref name="date"/>, before the day's noise.</summary>
    public static double Frequency(Campaign campaign, string creative, DateOnly date, DateOnly startDay) =>
        FrequencyBefore + (creative == Of(campaign) ? (FrequencyAfter - FrequencyBefore) * Progress(date, startDay) : 0);
}
