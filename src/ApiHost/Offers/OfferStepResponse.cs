using GrainMarketing.Profiles;

namespace GrainMarketing.ApiHost.Offers;

/// <summary>The step as accepted onto the customer's stream: its event id (send it again to retry safely).</summary>
public sealed record OfferStepResponse(string EventId, string Campaign, string UserId, EngagementKind Kind, DateTimeOffset At);
