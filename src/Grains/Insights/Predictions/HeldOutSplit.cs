namespace GrainMarketing.Insights.Predictions;

/// <summary>A time-ordered split: the latest dates are held out, so the models are judged on days after every day they learned from.</summary>
public sealed record HeldOutSplit(IReadOnlyList<int> Training, IReadOnlyList<int> HeldOut, DateOnly HeldOutFrom)
{
    /// <summary>Holds out the days from the date at which <paramref name="fraction"/> of the rows remain; a date is never split between the two sides.</summary>
    /// <remarks>Null when every row shares one date (nothing comes after anything).</remarks>
    public static HeldOutSplit? ByDate(IReadOnlyList<CampaignDay> days, double fraction)
    {
        var ordered = Enumerable.Range(0, days.Count).OrderBy(index => days[index].Date).ToList();
        if (ordered.Count < 2)
        {
            return null;
        }

        var cut = Math.Clamp((int)Math.Round(ordered.Count * (1 - fraction)), 1, ordered.Count - 1);
        var from = days[ordered[cut]].Date;
        var training = ordered.Where(index => days[index].Date < from).ToList();
        if (training.Count == 0)
        {
            from = ordered.Select(index => days[index].Date).FirstOrDefault(date => date > from);
            training = ordered.Where(index => days[index].Date < from).ToList();
        }

        var heldOut = ordered.Where(index => days[index].Date >= from).ToList();
        return heldOut.Count == 0 || training.Count == 0 ? null : new HeldOutSplit(training, heldOut, from);
    }
}
