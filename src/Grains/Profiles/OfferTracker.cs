using GrainMarketing.Offers;

namespace GrainMarketing.Profiles;

/// <summary>The profile's side of offer campaigns: which campaigns target the customer, their outcomes, and the offers the customer sees.</summary>
/// <remarks>
/// Which active campaigns target the customer (read from the target lists again whenever the tenant's
/// active set changes), the purchases inside each campaign's window (for stored-out customers too) and the
/// customer's steps with each offer (a delivery among them), written to the target list as absolute outcomes;
/// and the offers the customer sees, which reading changes nothing of.
/// </remarks>
public sealed class OfferTracker(
    IPersistentState<UserProfileState> state,
    TimeProvider clock,
    Func<string, Task<ActiveCampaigns>> activeCampaigns,
    ICampaignTargetStore targets,
    Action stateChanged)
{
    /// <summary>The offers the customer sees now, best first.</summary>
    /// <remarks>No delivery is counted: reading must not change results (a read key may read), so the app reports a delivery as a step.</remarks>
    public async Task<IReadOnlyList<UserOffer>> GetOffersAsync()
    {
        var stored = state.State;
        if (stored.User is not { } user)
        {
            return [];
        }

        var active = await activeCampaigns(user.Tenant);
        await RetargetAsync(user, active);
        var now = clock.GetUtcNow();
        return ProfileOffers.Rank(stored.Targets, stored.Offers, active, stored.Profile.Metrics(stored.Profile.LocalDate(now)), now);
    }

    /// <summary>Attributes the purchases and engagements that counted to the campaigns that target the customer.</summary>
    public async Task TrackAsync(IReadOnlyList<Transaction> purchases, IReadOnlyList<string> engaged)
    {
        var stored = state.State;
        if (stored.User is not { } user || (purchases.Count == 0 && engaged.Count == 0))
        {
            return;
        }

        var active = await activeCampaigns(user.Tenant);
        await RetargetAsync(user, active);
        var changed = new HashSet<string>(engaged.Where(stored.Targets.ContainsKey), StringComparer.Ordinal);
        foreach (var purchase in purchases)
        {
            ProfileOffers.Attribute(stored.Targets, active, purchase, changed);
        }

        await RecordOutcomesAsync(user, changed, clock.GetUtcNow());
    }

    /// <summary>Reads the customer's targeting again when the tenant's active campaigns changed; only active campaigns are kept.</summary>
    private async Task RetargetAsync(UserKey user, ActiveCampaigns active)
    {
        var stored = state.State;
        if (stored.TargetingVersion == active.Version)
        {
            return;
        }

        var running = active.Campaigns.Select(campaign => campaign.Id).ToHashSet(StringComparer.Ordinal);
        var targeting = running.Count == 0 ? [] : await targets.GetTargetingAsync(user.Tenant, user.UserId, CancellationToken.None);
        ProfileOffers.Retarget(stored.Targets, targeting.Where(target => running.Contains(target.Campaign)));
        stored.TargetingVersion = active.Version;
        stateChanged();
    }

    private async Task RecordOutcomesAsync(UserKey user, IReadOnlyCollection<string> changed, DateTimeOffset at)
    {
        if (changed.Count == 0)
        {
            return;
        }

        stateChanged();
        await targets.RecordOutcomesAsync(ProfileOffers.Outcomes(user, state.State.Targets, state.State.Offers, changed, at), CancellationToken.None);
    }
}
