namespace GrainMarketing.Accounts;

/// <summary>An account's password hash, for the login check only.</summary>
[GenerateSerializer, Immutable, Alias("GrainMarketing.AccountSecret")]
public sealed record AccountSecret([property: Id(0)] string PasswordHash);
