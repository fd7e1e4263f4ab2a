using Orleans.Concurrency;

namespace GrainMarketing.Insights.Recommendations;

/// <summary>A tenant's recommendations (keyed by tenant): generated when numbers move and daily, kept bounded, accepted, dismissed and applied by people.</summary>
public interface IRecommendationsGrain : IGrainWithStringKey
{
    /// <summary>A hint that the tenant's numbers moved: a run follows within the debounce period. One-way, may be lost.</summary>
    [OneWay]
    Task NumbersMovedAsync();

    /// <summary>Runs the detectors now over the closed days and answers the open recommendations' count.</summary>
    Task<int> GenerateAsync();

    [ReadOnly]
    Task<RecommendationPage> QueryAsync(RecommendationQuery query);

    [ReadOnly]
    Task<Recommendation> GetAsync(Guid id);

    /// <summary>Marks an open recommendation accepted; a 409 when it is not open.</summary>
    Task<RecommendationChange> AcceptAsync(Guid id, string actor);

    /// <summary>Dismisses an open or accepted recommendation with a reason; a 409 otherwise.</summary>
    Task<RecommendationChange> DismissAsync(Guid id, string reason, string actor);

    /// <summary>Plays an open or accepted recommendation's actions through the campaign's rules path (action budget, pending platform changes, audit); a 409 otherwise or when the action budget defers it.</summary>
    Task<RecommendationChange> ApplyAsync(Guid id, string actor);
}
