namespace GrainMarketing.Accounts;

/// <summary>What anyone allowed to see an account sees: never its secrets.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AccountDetails")]
public sealed record AccountDetails(
    [property: Id(0)] Guid Id,
    [property: Id(1)] string Email,
    [property: Id(2)] string DisplayName,
    [property: Id(3)] DateTimeOffset CreatedAt);
