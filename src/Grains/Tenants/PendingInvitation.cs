namespace GrainMarketing.Tenants;

/// <summary>An invitation with the SHA-256 of the token that was emailed.</summary>
[GenerateSerializer, Alias("GrainMarketing.PendingInvitation")]
public sealed class PendingInvitation
{
    [Id(0)] public required TenantInvitation Invitation { get; init; }

    [Id(1)] public required byte[] TokenDigest { get; init; }
}
