namespace GrainMarketing.Connectors;

/// <summary>The connected ad account a campaign belongs to.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Connectors.AccountRef")]
public sealed record AccountRef([property: Id(0)] Guid ConnectionId, [property: Id(1)] string AccountId)
{
    /// <summary>The key of the account's grains: <c>{tenant}/{connectionId}/{accountId}</c>.</summary>
    public string Key(string tenant) => $"{tenant}/{ConnectionId}/{AccountId}";
}
