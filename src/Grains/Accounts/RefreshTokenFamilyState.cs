namespace GrainMarketing.Accounts;

[GenerateSerializer, Alias("GrainMarketing.RefreshTokenFamilyState")]
public sealed class RefreshTokenFamilyState
{
    [Id(0)] public string? AccountEmail { get; set; }

    /// <summary>SHA-256 of the current token's secret.</summary>
    [Id(1)] public byte[] CurrentDigest { get; set; } = [];

    [Id(2)] public DateTimeOffset ExpiresAt { get; set; }

    [Id(3)] public bool Revoked { get; set; }

    /// <summary>SHA-256 of the newest replaced tokens' secrets, oldest first, so a replayed one is told from a made-up one.</summary>
    [Id(4)] public List<byte[]> RetiredDigests { get; set; } = [];
}
