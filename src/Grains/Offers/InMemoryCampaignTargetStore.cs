using System.Collections.Concurrent;
using GrainMarketing.Profiles;

namespace GrainMarketing.Offers;

/// <summary>
/// The Memory profile's <c>campaign_targets</c>, for the silo's lifetime: lists built from the shared
/// <see cref="InMemoryCustomerTable"/> with <see cref="CustomerCriteria.Matches"/>, the same rule the
/// Postgres store applies in SQL. A list is built on the thread pool, as the SQL runs on the server, so
/// the campaign book's turn does not hold a silo thread for a pass over every customer.
/// </summary>
public sealed class InMemoryCampaignTargetStore(InMemoryCustomerTable customers) : ICampaignTargetStore
{
    private readonly ConcurrentDictionary<(string Tenant, string Campaign), ConcurrentDictionary<string, Target>> _lists = new();

    public Task<TargetList> BuildAsync(string tenant, string campaign, TargetSelection selection, CancellationToken cancellationToken) =>
        Task.Run(() => Build(tenant, campaign, selection), cancellationToken);

    private TargetList Build(string tenant, string campaign, TargetSelection selection)
    {
        var list = new ConcurrentDictionary<string, Target>(StringComparer.Ordinal);
        foreach (var row in customers.Snapshot(tenant))
        {
            if (CustomerCriteria.Matches(row, selection.Criteria, selection.RisingSpendRatio, selection.HighSpenderThreshold))
            {
                list[row.UserId] = new Target(Holdout.IsHeldOut(campaign, row.UserId, selection.HoldoutShare), Place(row, selection.Place), null);
            }
        }

        _lists[(tenant, campaign)] = list;
        return new TargetList(list.Count, list.Values.Count(target => target.HeldOut));
    }

    public Task DeleteAsync(string tenant, IReadOnlyCollection<string> campaigns, CancellationToken cancellationToken)
    {
        foreach (var campaign in campaigns)
        {
            _lists.TryRemove((tenant, campaign), out _);
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyList<CampaignTargeting>> GetTargetingAsync(string tenant, string userId, CancellationToken cancellationToken)
    {
        var targeting = _lists
            .Where(list => list.Key.Tenant == tenant)
            .Select(list => list.Value.TryGetValue(userId, out var target) ? new CampaignTargeting(list.Key.Campaign, target.HeldOut, target.Place) : null)
            .OfType<CampaignTargeting>()
            .OrderBy(targeting => targeting.Campaign, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<CampaignTargeting>>(targeting);
    }

    public Task RecordOutcomesAsync(IReadOnlyList<TargetOutcome> outcomes, CancellationToken cancellationToken)
    {
        foreach (var outcome in outcomes)
        {
            if (_lists.TryGetValue((outcome.Tenant, outcome.Campaign), out var list) && list.TryGetValue(outcome.UserId, out var target)
                && (target.Outcome is null || target.Outcome.At <= outcome.At))
            {
                list[outcome.UserId] = target with { Outcome = outcome };
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, TargetSums>> GetSumsAsync(string tenant, IReadOnlyCollection<string> campaigns, CancellationToken cancellationToken)
    {
        var sums = campaigns.Distinct(StringComparer.Ordinal).ToDictionary(
            campaign => campaign,
            campaign => _lists.TryGetValue((tenant, campaign), out var list)
                ? new TargetSums(Sum(list.Values.Where(t => !t.HeldOut)), Sum(list.Values.Where(t => t.HeldOut)))
                : TargetSums.Empty,
            StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyDictionary<string, TargetSums>>(sums);
    }

    private static string? Place(CustomerRow row, OfferPlace place) => place switch
    {
        OfferPlace.TheirLocations => row.TopCity,
        OfferPlace.TheirCategory => row.TopCategory,
        _ => null,
    };

    private static GroupSums Sum(IEnumerable<Target> targets)
    {
        var sums = GroupSums.Empty;
        foreach (var target in targets)
        {
            var o = target.Outcome;
            sums = o is null
                ? sums with { Customers = sums.Customers + 1 }
                : new GroupSums(
                    sums.Customers + 1,
                    sums.Delivered + o.Delivered,
                    sums.Viewed + o.Viewed,
                    sums.Clicked + o.Clicked,
                    sums.Converted + o.Converted,
                    sums.Converters + (o.Converted > 0 ? 1 : 0),
                    sums.OfferRevenue + o.OfferRevenue,
                    sums.Buyers + (o.Purchases > 0 ? 1 : 0),
                    sums.Revenue + o.Revenue,
                    sums.RevenueSquared + (o.Revenue * o.Revenue));
        }

        return sums;
    }

    private sealed record Target(bool HeldOut, string? Place, TargetOutcome? Outcome);
}
