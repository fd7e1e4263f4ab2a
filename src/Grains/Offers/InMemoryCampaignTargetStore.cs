using System.Collections.Concurrent;
using GrainMarketing.Profiles;

namespace GrainMarketing.Offers;

/// <summary>The Memory profile's <c>campaign_targets</c>, built from the shared <see cref="InMemoryCustomerTable"/> for the silo's lifetime.</summary>
/// <remarks>
/// The Memory profile's <c>campaign_targets</c>, for the silo's lifetime: lists built from the shared
/// <see cref="InMemoryCustomerTable"/> with <see cref="CustomerCriteria.Predicate"/>, the same rule the
/// Postgres store applies in SQL. A list is built on the thread pool, as the SQL runs on the server, so the
/// campaign book's turn does not hold a silo thread for a pass over every customer.
/// </remarks>
public sealed class InMemoryCampaignTargetStore(InMemoryCustomerTable customers) : ICampaignTargetStore
{
    private readonly ConcurrentDictionary<(string Tenant, string Campaign), Targets> _lists = new();

    public Task<TargetList> BuildAsync(string tenant, string campaign, TargetSelection selection, CancellationToken cancellationToken) =>
        Task.Run(() => Build(tenant, campaign, selection), cancellationToken);

    /// <summary>Counts the matches first, so the index and the targets are allocated once at their size: a list of a million makes no garbage on the large-object heap.</summary>
    private TargetList Build(string tenant, string campaign, TargetSelection selection)
    {
        var matches = CustomerCriteria.Predicate(selection.Criteria, selection.RisingSpendRatio, selection.HighSpenderThreshold);
        var rows = customers.Snapshot(tenant);
        var selected = rows.Count(matches);
        var index = new Dictionary<string, int>(selected, StringComparer.Ordinal);
        var targets = new Target[selected];
        var heldOut = 0;
        foreach (var row in rows)
        {
            if (matches(row))
            {
                var (at, held) = (index.Count, Holdout.IsHeldOut(campaign, row.UserId, selection.HoldoutShare));
                heldOut += held ? 1 : 0;
                targets[at] = new Target(held, Place(row, selection.Place), null);
                index.Add(row.UserId, at);
            }
        }

        _lists[(tenant, campaign)] = new Targets(index, targets);
        return new TargetList(selected, heldOut);
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
            .Select(list => list.Value.Find(userId) is { } target ? new CampaignTargeting(list.Key.Campaign, target.HeldOut, target.Place) : null)
            .OfType<CampaignTargeting>()
            .OrderBy(targeting => targeting.Campaign, StringComparer.Ordinal)
            .ToList();
        return Task.FromResult<IReadOnlyList<CampaignTargeting>>(targeting);
    }

    public Task RecordOutcomesAsync(IReadOnlyList<TargetOutcome> outcomes, CancellationToken cancellationToken)
    {
        foreach (var outcome in outcomes)
        {
            if (_lists.TryGetValue((outcome.Tenant, outcome.Campaign), out var list))
            {
                list.Record(outcome);
            }
        }

        return Task.CompletedTask;
    }

    public Task<IReadOnlyDictionary<string, TargetSums>> GetSumsAsync(string tenant, IReadOnlyCollection<string> campaigns, CancellationToken cancellationToken)
    {
        var sums = campaigns.Distinct(StringComparer.Ordinal).ToDictionary(
            campaign => campaign,
            campaign => _lists.TryGetValue((tenant, campaign), out var list) ? list.Sums() : TargetSums.Empty,
            StringComparer.Ordinal);
        return Task.FromResult<IReadOnlyDictionary<string, TargetSums>>(sums);
    }

    private static string? Place(CustomerRow row, OfferPlace place) => place switch
    {
        OfferPlace.TheirLocations => row.TopCity,
        OfferPlace.TheirCategory => row.TopCategory,
        _ => null,
    };

    /// <summary>One campaign's list: targets in one array of structs behind an index by customer, so a million targets are a few objects, not two million.</summary>
    private sealed class Targets(Dictionary<string, int> index, Target[] targets)
    {
        private readonly Lock _lock = new();

        public Target? Find(string userId)
        {
            lock (_lock)
            {
                return index.TryGetValue(userId, out var at) ? targets[at] : null;
            }
        }

        /// <summary>Keeps the newest outcome: one older than the held one changes nothing.</summary>
        public void Record(TargetOutcome outcome)
        {
            lock (_lock)
            {
                if (index.TryGetValue(outcome.UserId, out var at) && (targets[at].Outcome is not { } held || held.At <= outcome.At))
                {
                    targets[at] = targets[at] with { Outcome = outcome };
                }
            }
        }

        public TargetSums Sums()
        {
            lock (_lock)
            {
                var (treated, heldOut) = (GroupSums.Empty, GroupSums.Empty);
                foreach (var target in targets)
                {
                    if (target.HeldOut)
                    {
                        heldOut = Add(heldOut, target.Outcome);
                    }
                    else
                    {
                        treated = Add(treated, target.Outcome);
                    }
                }

                return new TargetSums(treated, heldOut);
            }
        }

        private static GroupSums Add(GroupSums sums, TargetOutcome? o) => o is null
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

    private readonly record struct Target(bool HeldOut, string? Place, TargetOutcome? Outcome);
}
