namespace GrainMarketing.Accounts;

/// <summary>The outcome of presenting a refresh token: the account's email when it was the current token, and whether the login ended.</summary>
/// <remarks>A replayed earlier token ends the login; a token the family never issued neither refreshes nor ends anything.</remarks>
[GenerateSerializer, Immutable, Alias("GrainMarketing.RefreshRotation")]
public sealed record RefreshRotation([property: Id(0)] string? AccountEmail, [property: Id(1)] bool Ended);
