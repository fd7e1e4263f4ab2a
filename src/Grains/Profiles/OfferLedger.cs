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

        var held = state.Offers.GetValueOrDefault(engagement.Campaign) ?? new OfferEngagement(engagement.Campaign, 0, 0, 0, 0, 0, engagement.At);
        var counted = engagement.Kind switch
        {
            EngagementKind.Delivered => held with { Delivered = held.Delivered + 1 },
            EngagementKind.Viewed => held with { Viewed = held.Viewed + 1 },
            EngagementKind.Clicked => held with { Clicked = held.Clicked + 1 },
            _ => held with { Converted = held.Converted + 1, ConvertedAmount = held.ConvertedAmount + (engagement.Amount ?? 0) },
        };
        state.Offers[engagement.Campaign] = counted with { LastAt = engagement.At > held.LastAt ? engagement.At : held.LastAt };

        if (state.Offers.Count > UserProfileState.MaxOffers)
        {
            var oldest = state.Offers.Values.MinBy(offer => offer.LastAt)!.Campaign;
            state.Offers.Remove(oldest);
            state.OfferEvents.Remove(oldest);
        }

        return true;
    }
}
