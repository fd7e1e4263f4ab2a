namespace GrainMarketing.Simulator;

/// <summary>What the demo account's setup leaves: an ingest key per fed tenant, and the access token that sets up their campaigns.</summary>
public sealed record DemoSession(IReadOnlyDictionary<string, string> Keys, string AccessToken);
