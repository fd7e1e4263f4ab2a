using GrainMarketing.Dashboard.Components.Shared;

namespace GrainMarketing.Dashboard.Components.Pages.Tenant.Recommendations;

/// <summary>What the API refused on one recommendation: the action tried (<c>accept</c>, <c>dismiss</c>, <c>apply</c>) and its reason.</summary>
public sealed record RecommendationRefusal(string Action, ApiFailure Failure)
{
    /// <summary>The refusal in words, or null when it names the dismiss reason (shown at the reason's field instead).</summary>
    public string? Words => Failure.MessagesOf("reason") is null ? RecommendationTexts.Refusal(Action, Failure) : null;
}
