namespace GrainMarketing.Connectors;

/// <summary>An ad account the connection's grant can see; only the selected ones sync.</summary>
/// <param name="Id">The platform's account id (Meta without <c>act_</c>, Google's customer id, TikTok's advertiser id, Snapchat's ad account id).</param>
/// <param name="Currency">The account's currency (ISO 4217) as the platform reports it.</param>
/// <param name="TimeZone">The account's time zone as the platform names it (IANA).</param>
[GenerateSerializer, Immutable, Alias("GrainMarketing.Connectors.ConnectedAccount")]
public sealed record ConnectedAccount(
    [property: Id(0)] string Id,
    [property: Id(1)] string Name,
    [property: Id(2)] string? Currency,
    [property: Id(3)] string? TimeZone,
    [property: Id(4)] bool Selected);
