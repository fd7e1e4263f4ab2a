using System.Collections.Concurrent;

namespace GrainMarketing.Insights.Budget;

/// <summary>The silo's fitted curves per campaign, kept until a later day closes or they are <see cref="Staleness"/> old.</summary>
/// <remarks>
/// Fits in flight are shared: a burst of queries for one campaign fits it once. A failed fit is not kept. Late
/// restatements of past days are picked up by the staleness bound.
/// </remarks>
public sealed class ResponseCurveCache
{
    public static readonly TimeSpan Staleness = TimeSpan.FromHours(6);

    private readonly ConcurrentDictionary<string, (DateOnly ClosedDay, DateTimeOffset At, Task<CampaignResponseCurves> Fit)> _fits = new(StringComparer.Ordinal);

    public Task<CampaignResponseCurves> GetAsync(string campaign, DateOnly closedDay, DateTimeOffset now, Func<Task<CampaignResponseCurves>> fit)
    {
        if (_fits.TryGetValue(campaign, out var kept) && kept.ClosedDay >= closedDay && now - kept.At < Staleness && !kept.Fit.IsFaulted)
        {
            return kept.Fit;
        }

        var fitting = fit();
        _fits[campaign] = (closedDay, now, fitting);
        return fitting;
    }

    /// <summary>The closed day and the time of the fit kept for <paramref name="campaign"/>, or null when none is.</summary>
    public (DateOnly ClosedDay, DateTimeOffset At)? Kept(string campaign) =>
        _fits.TryGetValue(campaign, out var kept) ? (kept.ClosedDay, kept.At) : null;
}
