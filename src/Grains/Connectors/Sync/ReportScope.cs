namespace GrainMarketing.Connectors.Sync;

/// <summary>One pull's account, its token and currency, and its request budget.</summary>
/// <param name="TimeZone">The account's IANA time zone as the platform named it (null when it named none): Snapchat's stats take local midnights with their offset.</param>
public sealed record ReportScope(string AccountId, string AccessToken, string Currency, RequestPacer Pacer, string? TimeZone = null);
