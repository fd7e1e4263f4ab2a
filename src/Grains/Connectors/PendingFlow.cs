namespace GrainMarketing.Connectors;

/// <summary>An <see cref="OAuthStateGrain"/>'s stored flow.</summary>
[GenerateSerializer, Alias("GrainMarketing.Connectors.PendingFlow")]
public sealed class PendingFlow
{
    [Id(0)] public OAuthPending? Pending { get; set; }
}
