namespace GrainMarketing.Tenants;

/// <summary>An API key with the SHA-256 of its secret part.</summary>
[GenerateSerializer, Alias("GrainMarketing.StoredApiKey")]
public sealed class StoredApiKey
{
    [Id(0)] public required ApiKeyDetails Details { get; set; }

    [Id(1)] public required byte[] SecretDigest { get; init; }
}
