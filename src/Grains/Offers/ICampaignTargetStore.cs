namespace GrainMarketing.Offers;

/// <summary>Offer campaigns' target lists (<c>campaign_targets</c>): built, read, given outcomes and summed per group.</summary>
/// <remarks>
/// Built from <c>customer_profiles</c> in one set-based statement, read by a customer's profile for its own
/// targeting, written by profiles with their outcomes (absolute values), and summed per group for a
/// campaign's results.
/// </remarks>
public interface ICampaignTargetStore
{
    /// <summary>Replaces the campaign's target list with the customers the selection takes now, and answers its size.</summary>
    /// <remarks>Each customer is held out or not by <see cref="Holdout"/>.</remarks>
    Task<TargetList> BuildAsync(string tenant, string campaign, TargetSelection selection, CancellationToken cancellationToken);

    Task DeleteAsync(string tenant, IReadOnlyCollection<string> campaigns, CancellationToken cancellationToken);

    /// <summary>The campaigns that target one customer, for that customer's profile.</summary>
    Task<IReadOnlyList<CampaignTargeting>> GetTargetingAsync(string tenant, string userId, CancellationToken cancellationToken);

    /// <summary>Sets each customer's outcome with a campaign to the values given (absolute, so a repeat changes nothing); a customer the campaign does not target is ignored.</summary>
    /// <remarks>Profiles send them in batches.</remarks>
    Task RecordOutcomesAsync(IReadOnlyList<TargetOutcome> outcomes, CancellationToken cancellationToken);

    /// <summary>Each campaign's sums per group; a campaign without targets answers empty groups.</summary>
    Task<IReadOnlyDictionary<string, TargetSums>> GetSumsAsync(string tenant, IReadOnlyCollection<string> campaigns, CancellationToken cancellationToken);
}
