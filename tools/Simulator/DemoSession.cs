namespace GrainMarketing.Simulator;

/// <summary>What the demo account's setup leaves: per fed tenant an ingest key and a read key (the offers customers see), and the access token that sets up the campaigns.</summary>
public sealed record DemoSession(IReadOnlyDictionary<string, string> Keys, IReadOnlyDictionary<string, string> ReadKeys, string AccessToken);
