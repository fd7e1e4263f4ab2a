using GrainMarketing.Metrics;

namespace GrainMarketing.Insights.Budget;

/// <summary>Fits campaigns' response curves off every ingesting grain's turn (a stateless worker, keyed by tenant); fits are cached per campaign.</summary>
public interface IResponseCurveGrain : IGrainWithStringKey
{
    /// <summary>The campaign's curves, from the cache unless a day closed since the fit or the fit is stale.</summary>
    Task<CampaignResponseCurves> GetAsync(CampaignKey campaign);
}
