using System.IO.Hashing;
using System.Text;

namespace GrainMarketing.Profiles;

/// <summary>Counts a customer's offer engagements once per event id, keeping the newest <see cref="UserProfileState.MaxOffers"/> campaigns.</summary>
public static class OfferLedger
{
    public static bool Apply(UserProfileState state, Engagement engagement)
    {
        if (!state.OfferEvents.TryGetValue(engagement.Campaign, out var seen))
        {
            state.OfferEvents[engagement.Campaign] = seen = [];
        }

        if (!seen.Add(XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(engagement.EventId))))
        {
            return false;
        }

        var current = state.Offers.GetValueOrDefault(engagement.Campaign) ?? new OfferEngagement(engagement.Campaign, 0, 0, 0, 0, 0, engagement.At);
        var counted = engagement.Kind switch
        {
            EngagementKind.Delivered => current with { Delivered = current.Delivered + 1 },
            EngagementKind.Viewed => current with { Viewed = current.Viewed + 1 },
            EngagementKind.Clicked => current with { Clicked = current.Clicked + 1 },
            _ => current with { Converted = current.Converted + 1, ConvertedAmount = current.ConvertedAmount + (engagement.Amount ?? 0) },
        };
        state.Offers[engagement.Campaign] = counted with { LastAt = engagement.At > current.LastAt ? engagement.At : current.LastAt };

        if (state.Offers.Count > UserProfileState.MaxOffers)
        {
            var oldest = state.Offers.Values.MinBy(offer => offer.LastAt)!.Campaign;
            state.Offers.Remove(oldest);
            state.OfferEvents.Remove(oldest);
        }

        return true;
    }
}
