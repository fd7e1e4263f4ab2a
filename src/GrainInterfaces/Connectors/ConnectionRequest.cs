using GrainMarketing.Metrics;

namespace GrainMarketing.Connectors;

/// <summary>What an admin asks for when connecting a platform.</summary>
/// <param name="AccessToken">A system-user or long-lived token to use as it is; without one the authorization-code flow starts.</param>
/// <param name="RefreshToken">A refresh token from an earlier consent (Google, Snapchat): renewed at once into an access token.</param>
/// <param name="WriteBack">Push the actions rules, recommendations and the optimiser take to the platform; off keeps them pending for a person.</param>
/// <param name="DryRun">Never write to the platform, whatever <paramref name="WriteBack"/> says.</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Connectors.ConnectionRequest")]
public sealed record ConnectionRequest(
    [property: Id(0)] AdPlatform Platform,
    [property: Id(1)] string Name,
    [property: Id(2)] string? AccessToken,
    [property: Id(3)] bool WriteBack,
    [property: Id(4)] bool DryRun,
    [property: Id(5)] string? RefreshToken = null);
