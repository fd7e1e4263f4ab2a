namespace GrainMarketing.Connectors.Sync;

/// <summary>One pull's account, its token and currency, and its request budget.</summary>
public sealed record ReportScope(string AccountId, string AccessToken, string Currency, RequestPacer Pacer);
